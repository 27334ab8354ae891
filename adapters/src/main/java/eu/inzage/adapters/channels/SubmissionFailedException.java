package eu.inzage.adapters.channels;

import eu.inzage.core.InzageException;

/**
 * A submission that certainly did not reach the server's queue: refused, unreachable after every
 * attempt, or not authenticated. Its intent was removed from the {@link SentLedger}, so the same
 * submission may be tried again later. The message names the reference, the reason and the SMTP
 * reply code only; never an address, a user name or a password.
 */
public class SubmissionFailedException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** Why nothing was sent. */
  public enum Reason {
    /** The server refused the login (wrong user name or password). */
    AUTHENTICATION,
    /** TLS failed: no STARTTLS offered, an untrusted certificate, a failed handshake. */
    TLS,
    /** The server refused the sender, a recipient or the message with a permanent (5xx) reply. */
    REFUSED,
    /** Every attempt failed transiently (no connection, a 4xx reply). */
    UNAVAILABLE,
    /** The thread was interrupted while waiting to retry. */
    INTERRUPTED
  }

  private final Reason reason;
  private final int replyCode;
  private final int attempts;

  /**
   * A failure with its reason, the last SMTP reply code (0 when there was none) and the number of
   * attempts made; {@code detail} names no personal data.
   */
  public SubmissionFailedException(
      String reference, Reason reason, int replyCode, int attempts, String detail) {
    super(
        "submission "
            + reference
            + " failed: "
            + reason
            + (replyCode > 0 ? " (reply " + replyCode + ")" : "")
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + (detail.isEmpty() ? "" : "; " + detail));
    this.reason = reason;
    this.replyCode = replyCode;
    this.attempts = attempts;
  }

  /** Why nothing was sent. */
  public Reason reason() {
    return reason;
  }

  /** The last SMTP reply code, or 0 when the server gave none. */
  public int replyCode() {
    return replyCode;
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }
}
