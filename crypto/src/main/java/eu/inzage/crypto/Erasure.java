package eu.inzage.crypto;

import java.util.List;

/**
 * What an erasure destroyed (GDPR Art. 17): the key slots first — the crypto-shred, after which no
 * copy of the data can be opened — then the shred key, the data blobs and the manifests. Safe to
 * log: ids and counts only.
 *
 * @param subject the participant's id
 * @param objects the ids of the objects erased, in order
 * @param keySlots key slots destroyed
 * @param shredKey whether the participant's shred key was destroyed
 * @param dataBlobs data blobs deleted
 * @param manifests manifests deleted
 * @param otherBlobs notes and partial blobs of interrupted writes removed
 */
public record Erasure(
    String subject,
    List<String> objects,
    int keySlots,
    boolean shredKey,
    int dataBlobs,
    int manifests,
    int otherBlobs) {
  /** Copies the list. */
  public Erasure {
    objects = List.copyOf(objects);
  }
}
