package eu.inzage.core;

/**
 * The key or passphrase offered does not open what it was asked to open: a wrong passphrase for a
 * protected private key, a recovery key that does not match, a participant key that holds no slot
 * of the object. Distinct from {@link IntegrityException}: the data may well be intact.
 */
public class WrongKeyException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** A wrong-key failure described without personal data. */
  public WrongKeyException(String message) {
    super(message);
  }

  /** A wrong-key failure with its technical cause. */
  public WrongKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
