package eu.inzage.adapters.intake;

import eu.inzage.core.StorageException;

/**
 * The IMAP server refused the login (wrong user or password, or the account is locked). The message
 * names neither the user nor the password.
 */
public class MailboxLoginException extends StorageException {
  private static final long serialVersionUID = 1L;

  /** A refused login; the cause is dropped, as a server's answer may quote the user name. */
  public MailboxLoginException(String message) {
    super(message, null);
  }
}
