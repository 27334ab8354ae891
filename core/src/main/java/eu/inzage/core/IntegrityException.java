package eu.inzage.core;

/**
 * Stored or received data failed verification: tampered, truncated, swapped or signed by another
 * key. Nothing of the content is trusted after this (GDPR Art. 5(1)(f) and Art. 32(1)(b),
 * integrity). The message names ids and regions only.
 */
public class IntegrityException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** An integrity failure described without personal data. */
  public IntegrityException(String message) {
    super(message);
  }

  /** An integrity failure with its technical cause. */
  public IntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
