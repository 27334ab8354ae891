package eu.inzage.adapters.intake;

/** How the intake connects to the IMAP server. */
public enum MailboxSecurity {
  /** IMAP over TLS (port 993 by default); the default. */
  IMAPS,
  /** IMAP upgraded with STARTTLS, which is required (port 143 by default). */
  STARTTLS,
  /**
   * IMAP without encryption (port 143 by default): only for a server on the same machine, such as
   * one in a test; the password crosses the connection in clear text.
   */
  PLAIN
}
