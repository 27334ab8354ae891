package eu.inzage.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The optional outer layer of a key slot (crypto/FORMAT.md, "Shred layer"): the whole version-1 key
 * slot encrypted with AES-256-GCM under the participant's shred key, so that destroying that one
 * key makes every copy of every key slot of the participant unreadable.
 */
public final class ShredLayer {
  /** The eight magic bytes that start a layered key slot. */
  public static final byte[] MAGIC = "INZVKS02".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] LABEL =
      "INZAGE-VAULT shred layer".getBytes(StandardCharsets.US_ASCII);

  private ShredLayer() {}

  /** Whether a key slot carries the shred layer. */
  public static boolean isLayered(byte[] slot) {
    return slot.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(slot, MAGIC.length), MAGIC);
  }

  /** Wraps a version-1 key slot under the shred key, bound to the object's associated data. */
  public static byte[] add(byte[] shredKey, byte[] ad, byte[] slot)
      throws GeneralSecurityException {
    byte[] nonce = KeyWrap.random(KeyWrap.NONCE_LENGTH);
    return new Binary.Writer()
        .bytes(MAGIC)
        .bytes(nonce)
        .bytes(KeyWrap.seal(shredKey, nonce, aad(ad), slot))
        .toByteArray();
  }

  /** The version-1 key slot inside a layered one; fails when the key or the bytes are wrong. */
  public static byte[] remove(byte[] shredKey, byte[] ad, byte[] layered)
      throws GeneralSecurityException, Binary.MalformedException {
    Binary.Reader r = new Binary.Reader(layered);
    if (!Arrays.equals(r.bytes(MAGIC.length), MAGIC)) {
      throw new Binary.MalformedException("bad magic");
    }
    byte[] nonce = r.bytes(KeyWrap.NONCE_LENGTH);
    byte[] ciphertext = r.bytes(r.remaining());
    return KeyWrap.open(shredKey, nonce, aad(ad), ciphertext);
  }

  private static byte[] aad(byte[] ad) {
    return new Binary.Writer().bytes(LABEL).bytes(ad).toByteArray();
  }
}
