package eu.inzage.core;

/**
 * The root of every error Inzage throws. Messages name fields, ids and codes, never personal data
 * (GDPR Art. 5(1)(f), integrity and confidentiality), so they are safe to log.
 */
public class InzageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that contains no personal data. */
  public InzageException(String message) {
    super(message);
  }

  /** An error with a cause; the cause's own message must be free of personal data as well. */
  public InzageException(String message, Throwable cause) {
    super(message, cause);
  }
}
