package eu.inzage.crypto.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The key slot beside an object (crypto/FORMAT.md, "Key slot"): the data key wrapped with HPKE to
 * one or more participant keys. Outside the signed manifest, so that re-wrapping never touches a
 * signature.
 *
 * @param entries the wrapped copies of the data key, at least one
 */
public record KeySlot(List<Entry> entries) {
  /** The eight magic bytes that start a key slot. */
  public static final byte[] MAGIC = "INZVKS01".getBytes(StandardCharsets.US_ASCII);

  /** The length of an entry's fingerprint (SHA-256). */
  public static final int FINGERPRINT_LENGTH = 32;

  /**
   * The length of an entry's wrapped data key: Tink prefix (5), encapsulated key (32), AES-256-GCM
   * ciphertext of the 32-byte data key with its tag (48).
   */
  public static final int WRAPPED_LENGTH = 5 + 32 + 32 + 16;

  /**
   * One wrapped copy of the data key.
   *
   * @param keyId the Tink key id of the participant key
   * @param fingerprint SHA-256 of that key's X25519 public key
   * @param wrapped the Tink HPKE ciphertext (5-byte prefix, encapsulated key, AEAD ciphertext)
   */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  public record Entry(long keyId, byte[] fingerprint, byte[] wrapped) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e
          && keyId == e.keyId
          && Arrays.equals(fingerprint, e.fingerprint)
          && Arrays.equals(wrapped, e.wrapped);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(keyId) * 31 + Arrays.hashCode(wrapped);
    }

    @Override
    public String toString() {
      return "Entry[keyId=" + keyId + "]";
    }
  }

  /** Copies the entries. */
  public KeySlot {
    entries = List.copyOf(entries);
  }

  /** The key slot's bytes. */
  public byte[] encode() {
    Binary.Writer w = new Binary.Writer().bytes(MAGIC).u8(entries.size());
    for (Entry e : entries) {
      w.u32(e.keyId()).bytes(e.fingerprint()).u16(e.wrapped().length).bytes(e.wrapped());
    }
    return w.toByteArray();
  }

  /** Decodes a key slot strictly. */
  public static KeySlot decode(byte[] bytes) throws Binary.MalformedException {
    Binary.Reader r = new Binary.Reader(bytes);
    if (!Arrays.equals(r.bytes(MAGIC.length), MAGIC)) {
      throw new Binary.MalformedException("bad magic");
    }
    int count = r.u8();
    if (count == 0) {
      throw new Binary.MalformedException("no entries");
    }
    Entry[] entries = new Entry[count];
    for (int i = 0; i < count; i++) {
      entries[i] = new Entry(r.u32(), r.bytes(FINGERPRINT_LENGTH), r.bytes(r.u16()));
      Entry entry = entries[i];
      if (entry.wrapped().length != WRAPPED_LENGTH
          || entry.wrapped()[0] != 1
          || Integer.toUnsignedLong(ByteBuffer.wrap(entry.wrapped(), 1, 4).getInt())
              != entry.keyId()) {
        // FORMAT.md 6: 85 bytes, and the Tink prefix names the entry's own key
        throw new Binary.MalformedException("wrapped key does not belong to its entry");
      }
      for (int j = 0; j < i; j++) {
        if (entries[j].keyId() == entry.keyId()
            || Arrays.equals(entries[j].fingerprint(), entry.fingerprint())) {
          // FORMAT.md 6: exactly one entry per key
          throw new Binary.MalformedException("a key has more than one entry");
        }
      }
    }
    r.end();
    return new KeySlot(List.of(entries));
  }
}
