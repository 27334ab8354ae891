package eu.inzage.letters.internal.collective;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The participant ids seen so far, as 64-bit fingerprints (SHA-256, truncated) in an
 * open-addressing table with the line number of each: 12 bytes per participant instead of a string
 * set, so that checking a wave of any size for duplicates stays within a small heap. Not
 * thread-safe.
 */
final class IdSet {
  private long[] keys = new long[1024];
  private int[] lines = new int[1024];
  private int size;
  private final MessageDigest sha256;

  IdSet() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds the id seen on {@code line}; returns the line of an earlier equal id, or 0. */
  int add(String id, int line) {
    byte[] digest = sha256.digest(id.getBytes(StandardCharsets.UTF_8));
    long key = 0;
    for (int i = 0; i < 8; i++) {
      key = (key << 8) | (digest[i] & 0xFF);
    }
    if (key == 0) {
      key = 1; // 0 marks an empty slot
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int slot = (int) (key ^ (key >>> 32)) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == 0) {
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return 0;
      }
      if (keys[slot] == key) {
        return lines[slot];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    lines = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key == 0) {
        continue;
      }
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      lines[slot] = oldLines[i];
    }
  }
}
