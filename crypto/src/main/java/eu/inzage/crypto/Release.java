package eu.inzage.crypto;

import java.util.List;

/**
 * The outcome of releasing a participant's key slots to them (crypto/FORMAT.md 10.1): for each
 * object the organisation removed its shred layer and wrote the version-1 key slot inside, which
 * only the participant's private key opens (GDPR Art. 15(3), Art. 32(1)(a)). Safe to log.
 *
 * @param subject the participant's id
 * @param objectIds the objects whose key slot was released, in the store's order
 */
public record Release(String subject, List<String> objectIds) {
  /** Copies the ids. */
  public Release {
    objectIds = List.copyOf(objectIds);
  }
}
