package eu.inzage.crypto.internal;

import eu.inzage.crypto.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The manifest of an organisation-envelope document (crypto/FORMAT.md, "Organisation envelope"):
 * kind, media type, sizes, stream header, times and key commitment. Not signed; its SHA-256 is
 * bound into the key-encryption-key wrap of the data key, so a changed record no longer opens.
 *
 * @param kind the stable {@link DocumentKind#code()} of the document's kind
 * @param contentType the media type
 * @param plaintextSize bytes of plaintext
 * @param ciphertextSize bytes of the data blob
 * @param streamHeader the data blob's first 40 bytes
 * @param createdAt when it was sealed
 * @param deleteAfter when its retention ends
 * @param keyCommitment HMAC-SHA256 commitment to the data key
 */
// byte arrays compared by content where it matters, never by equals
@SuppressWarnings("ArrayRecordComponent")
public record EnvelopeRecord(
    int kind,
    String contentType,
    long plaintextSize,
    long ciphertextSize,
    byte[] streamHeader,
    Instant createdAt,
    Instant deleteAfter,
    byte[] keyCommitment) {
  /** The eight magic bytes that start a record. */
  public static final byte[] MAGIC = "INZVER01".getBytes(StandardCharsets.US_ASCII);

  /** The eight magic bytes that start an envelope key slot. */
  public static final byte[] SLOT_MAGIC = "INZVEK01".getBytes(StandardCharsets.US_ASCII);

  /** The record's bytes. */
  public byte[] encode() {
    byte[] type = contentType.getBytes(StandardCharsets.UTF_8);
    return new Binary.Writer()
        .bytes(MAGIC)
        .u8(kind)
        .u16(type.length)
        .bytes(type)
        .u64(plaintextSize)
        .u64(ciphertextSize)
        .bytes(streamHeader)
        .u64(createdAt.toEpochMilli())
        .u64(deleteAfter.toEpochMilli())
        .bytes(keyCommitment)
        .toByteArray();
  }

  /** Decodes a record strictly. */
  public static EnvelopeRecord decode(byte[] bytes) throws Binary.MalformedException {
    Binary.Reader r = new Binary.Reader(bytes);
    if (!Arrays.equals(r.bytes(MAGIC.length), MAGIC)) {
      throw new Binary.MalformedException("bad magic");
    }
    int kind = r.u8();
    if (DocumentKind.fromCode(kind).isEmpty()) {
      throw new Binary.MalformedException("unknown kind");
    }
    EnvelopeRecord record =
        new EnvelopeRecord(
            kind,
            Binary.utf8(r.bytes(r.u16())),
            r.u64(),
            r.u64(),
            r.bytes(DataKeys.HEADER_LENGTH),
            Instant.ofEpochMilli(r.u64()),
            Instant.ofEpochMilli(r.u64()),
            r.bytes(32));
    r.end();
    return record;
  }

  /** The associated data of the data key's wrap: the document's AD and SHA-256 of the record. */
  public static byte[] wrapAd(byte[] ad, byte[] recordBytes) {
    try {
      return new Binary.Writer()
          .bytes(ad)
          .bytes(MessageDigest.getInstance("SHA-256").digest(recordBytes))
          .toByteArray();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnvelopeRecord r && Arrays.equals(encode(), r.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "EnvelopeRecord[kind=" + kind + ", size=" + plaintextSize + "]";
  }
}
