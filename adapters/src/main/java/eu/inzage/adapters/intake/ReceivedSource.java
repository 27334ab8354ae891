package eu.inzage.adapters.intake;

/** Where the received instant of an intake record comes from. */
public enum ReceivedSource {
  /**
   * The mailbox's own arrival time of the message (IMAP {@code INTERNALDATE}), set by the server
   * that received it, not by the sender; the default.
   */
  MAILBOX,
  /** The intake's injected {@link java.time.Clock} at the time the message was read. */
  CLOCK
}
