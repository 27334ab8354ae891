package eu.inzage.adapters.channels;

/**
 * How the connection to the SMTP server is protected. Personal data in transit must be protected
 * (GDPR Art. 32(1)(a)); {@link #PLAIN} is for tests and for a relay on the same host.
 */
public enum SmtpSecurity {
  /** Plain SMTP upgraded with STARTTLS, which is required: no upgrade, no send (port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTPS, port 465). */
  IMPLICIT_TLS,
  /** No encryption: only for tests and a relay on the same host. */
  PLAIN
}
