package eu.inzage.crypto.internal;

import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crash-recovery rules shared by the vault and the organisation envelope (crypto/FORMAT.md,
 * "Crash safety"): objects are written data, key slot, manifest, and erased key slot, data,
 * manifest; so an object without a manifest is an interrupted seal, and one with a manifest but no
 * key slot an interrupted erasure. Both are removed, as are uncommitted temporary blobs.
 */
public final class Orphans {
  private Orphans() {}

  /** The outcome: uncommitted blobs removed and committed orphans removed. */
  public record Result(int partial, List<BlobName> orphans) {}

  /** Cleans the whole store; run it while nothing writes to it. */
  public static Result clean(BlobStore store) throws IOException {
    int partial = 0;
    List<BlobName> removed = new ArrayList<>();
    for (String subject : store.subjects()) {
      Map<String, Set<BlobKind>> objects = new LinkedHashMap<>();
      for (BlobName name : store.list(subject)) {
        objects
            .computeIfAbsent(name.objectId(), k -> EnumSet.noneOf(BlobKind.class))
            .add(name.kind());
      }
      for (Map.Entry<String, Set<BlobKind>> object : objects.entrySet()) {
        Set<BlobKind> kinds = object.getValue();
        List<BlobKind> delete =
            !kinds.contains(BlobKind.MANIFEST)
                ? List.of(BlobKind.KEY_SLOT, BlobKind.DATA)
                : !kinds.contains(BlobKind.KEY_SLOT)
                    ? List.of(BlobKind.DATA, BlobKind.MANIFEST)
                    : List.of();
        for (BlobKind kind : delete) {
          BlobName name = new BlobName(subject, object.getKey(), kind);
          if (store.delete(name)) {
            removed.add(name);
          }
        }
      }
      partial += store.removeUncommitted(subject);
    }
    return new Result(partial, removed);
  }

  /** A step run between destroying the key slots and deleting the rest. */
  @FunctionalInterface
  public interface Step {
    /** Runs the step; returns whether it destroyed something. */
    boolean run() throws IOException;
  }

  /**
   * What {@link #erase} removed.
   *
   * @param keySlots key slots destroyed
   * @param step what the step between returned
   * @param data data blobs deleted
   * @param manifests manifests deleted
   * @param other notes removed
   */
  public record Erased(int keySlots, boolean step, int data, int manifests, int other) {}

  /**
   * Erases objects of one subject in the crypto-shred order: every key slot first, then {@code
   * between} (destroying a shred key), then data (and notes when {@code withNotes}) and manifests.
   */
  public static Erased erase(
      BlobStore store, String subject, List<String> objectIds, Step between, boolean withNotes)
      throws IOException {
    int slots = 0;
    int data = 0;
    int manifests = 0;
    int other = 0;
    for (String id : objectIds) {
      slots += store.delete(new BlobName(subject, id, BlobKind.KEY_SLOT)) ? 1 : 0;
    }
    boolean step = between.run();
    for (String id : objectIds) {
      data += store.delete(new BlobName(subject, id, BlobKind.DATA)) ? 1 : 0;
      if (withNotes) {
        other += store.delete(new BlobName(subject, id, BlobKind.NOTE)) ? 1 : 0;
      }
    }
    for (String id : objectIds) {
      manifests += store.delete(new BlobName(subject, id, BlobKind.MANIFEST)) ? 1 : 0;
    }
    return new Erased(slots, step, data, manifests, other);
  }
}
