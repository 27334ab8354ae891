package eu.inzage.adapters.intake;

/**
 * A message the intake did not match, for a person to look at. It is not recorded as processed, so
 * a later run lists it again (or matches it, once the caller knows more) until it is dealt with in
 * the mailbox.
 *
 * @param messageId the message's {@code Message-ID} with its angle brackets, or null when it has
 *     none or the one it has is malformed
 * @param messageKey the message's stable key (32 hexadecimal digits, see {@link
 *     IntakeRecord#messageKey()})
 * @param reason why
 * @param detail a fixed explanation that quotes nothing from the message
 */
public record KeptAside(
    String messageId, String messageKey, KeepAsideReason reason, String detail) {
  /** The key and reason only: a Message-ID can name a person's mail domain. */
  @Override
  public String toString() {
    return "KeptAside[messageKey=" + messageKey + ", reason=" + reason + "]";
  }
}
