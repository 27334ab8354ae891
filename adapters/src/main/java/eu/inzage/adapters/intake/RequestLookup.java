package eu.inzage.adapters.intake;

import java.util.Optional;

/**
 * The caller's knowledge of its requests, consulted while matching a reply. Implementations must be
 * fast and free of side effects; they are called for every message. A reference returned by either
 * method that is not a well-formed id ({@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}) is ignored.
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
   * The caller's reference that a candidate found in a per-request address, the subject or the body
   * names, or empty when it names no request of the caller. Mail systems may change the case of an
   * address and people retype references, so an implementation should compare without regard to
   * case and return its own spelling. The default accepts every candidate as written.
   *
   * @param candidate a well-formed id found in the message
   */
  default Optional<String> knownReference(String candidate) {
    return Optional.of(candidate);
  }
}
