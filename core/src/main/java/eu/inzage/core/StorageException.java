package eu.inzage.core;

/**
 * The storage underneath Inzage (a file system, a blob store, a database) failed: the {@link
 * java.io.IOException} or driver error is the cause. Operations that throw it leave no partial
 * result behind that a later read would take for complete.
 */
public class StorageException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** A storage failure with its cause; the message names the operation and ids only. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
