package eu.inzage.adapters.intake;

import java.util.Optional;

/**
 * The caller's knowledge of its requests, consulted while matching a reply. Implementations must be
 * fast and side-effect free; they are called for every message.
 */
public interface RequestLookup {
  /**
   * The reference of the request for which the caller sent the message with this id.
   *
   * @param messageId a Message-ID with its angle brackets, e.g. {@code <abc@inzage.example>}
   * @return the request reference, or empty when the id is not one the caller sent
   */
  Optional<String> referenceForMessageId(String messageId);

  /**
   * Whether a reference that is well-formed also names a request of the caller; a reply that only
   * names unknown references is kept aside. The default accepts every well-formed reference.
   *
   * @param reference a reference in upper case, matching {@link ReplyIntake#REFERENCE}
   */
  default boolean isKnownReference(String reference) {
    return true;
  }
}
