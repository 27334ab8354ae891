package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobName;
import java.util.List;

/**
 * What a recovery pass after a crash cleaned up (GDPR Art. 32(1)(c)): partial blobs of writes that
 * never committed, and the parts of objects whose sealing or erasure was interrupted. Safe to log.
 *
 * @param partialBlobs uncommitted temporary blobs removed
 * @param orphans committed blobs removed because their object was incomplete
 */
public record Recovery(int partialBlobs, List<BlobName> orphans) {
  /** Copies the list. */
  public Recovery {
    orphans = List.copyOf(orphans);
  }
}
