package eu.inzage.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The signed description of one sealed object (crypto/FORMAT.md, "Manifest"). The body is a fixed
 * sequence of tag-length-value fields; the signature covers magic, body length and body.
 *
 * @param formatVersion the vault format version (1)
 * @param subject the participant's id
 * @param objectId the object's id
 * @param plaintextSize bytes of plaintext
 * @param ciphertextSize bytes of the data blob
 * @param segmentSize the streaming AEAD's ciphertext segment size
 * @param streamHeader the first bytes of the data blob (length byte, salt, nonce prefix)
 * @param keyCommitment HMAC commitment to the data key
 * @param recipientKeyId the Tink key id of the participant key the data key was first wrapped to
 * @param recipientFingerprint SHA-256 of that key's X25519 public key
 * @param contentType the object's media type
 * @param controller the controller the object came from (may be empty)
 * @param createdAt when the object was sealed, from the vault's clock
 */
// byte arrays compared by content where it matters, never by equals
@SuppressWarnings("ArrayRecordComponent")
public record Manifest(
    int formatVersion,
    String subject,
    String objectId,
    long plaintextSize,
    long ciphertextSize,
    int segmentSize,
    byte[] streamHeader,
    byte[] keyCommitment,
    long recipientKeyId,
    byte[] recipientFingerprint,
    String contentType,
    String controller,
    Instant createdAt) {

  /** The eight magic bytes that start a manifest. */
  public static final byte[] MAGIC = "INZVMF01".getBytes(StandardCharsets.US_ASCII);

  /** The current format version. */
  public static final int FORMAT_VERSION = 1;

  private static final int MAX_BODY = 64 * 1024;
  private static final int FIELDS = 13;

  /** The canonical body bytes. */
  public byte[] body() {
    Binary.Writer w = new Binary.Writer();
    field(w, 1, new Binary.Writer().u16(formatVersion).toByteArray());
    field(w, 2, subject.getBytes(StandardCharsets.US_ASCII));
    field(w, 3, objectId.getBytes(StandardCharsets.US_ASCII));
    field(w, 4, new Binary.Writer().u64(plaintextSize).toByteArray());
    field(w, 5, new Binary.Writer().u64(ciphertextSize).toByteArray());
    field(w, 6, new Binary.Writer().u32(segmentSize).toByteArray());
    field(w, 7, streamHeader);
    field(w, 8, keyCommitment);
    field(w, 9, new Binary.Writer().u32(recipientKeyId).toByteArray());
    field(w, 10, recipientFingerprint);
    field(w, 11, contentType.getBytes(StandardCharsets.UTF_8));
    field(w, 12, controller.getBytes(StandardCharsets.UTF_8));
    field(w, 13, new Binary.Writer().u64(createdAt.toEpochMilli()).toByteArray());
    return w.toByteArray();
  }

  private static void field(Binary.Writer w, int tag, byte[] value) {
    w.u8(tag).u32(value.length).bytes(value);
  }

  /** The bytes the organisation signs: magic, u32 body length, body. */
  public static byte[] signatureInput(byte[] body) {
    return new Binary.Writer().bytes(MAGIC).u32(body.length).bytes(body).toByteArray();
  }

  /** The whole manifest file: signature input, u16 signature length, signature. */
  public static byte[] file(byte[] body, byte[] signature) {
    return new Binary.Writer()
        .bytes(signatureInput(body))
        .u16(signature.length)
        .bytes(signature)
        .toByteArray();
  }

  /** A manifest file split into its signed part and its signature (not yet verified). */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  public record Signed(byte[] signatureInput, byte[] body, byte[] signature) {}

  /** Splits a manifest file strictly; any deviation from the layout is malformed. */
  public static Signed split(byte[] file) throws Binary.MalformedException {
    Binary.Reader r = new Binary.Reader(file);
    if (!Arrays.equals(r.bytes(MAGIC.length), MAGIC)) {
      throw new Binary.MalformedException("bad magic");
    }
    long length = r.u32();
    if (length > MAX_BODY) {
      throw new Binary.MalformedException("body too long");
    }
    byte[] body = r.bytes((int) length);
    byte[] signature = r.bytes(r.u16());
    r.end();
    return new Signed(Arrays.copyOf(file, MAGIC.length + 4 + body.length), body, signature);
  }

  /** Decodes a body strictly: every field once, in order, with its exact length. */
  public static Manifest decode(byte[] body) throws Binary.MalformedException {
    Binary.Reader r = new Binary.Reader(body);
    byte[][] values = new byte[FIELDS + 1][];
    for (int tag = 1; tag <= FIELDS; tag++) {
      if (r.u8() != tag) {
        throw new Binary.MalformedException("field out of order");
      }
      long length = r.u32();
      if (length > r.remaining()) {
        throw new Binary.MalformedException("truncated");
      }
      values[tag] = r.bytes((int) length);
    }
    r.end();
    Manifest m =
        new Manifest(
            new Binary.Reader(exact(values[1], 2)).u16(),
            Binary.utf8(values[2]),
            Binary.utf8(values[3]),
            new Binary.Reader(exact(values[4], 8)).u64(),
            new Binary.Reader(exact(values[5], 8)).u64(),
            (int) new Binary.Reader(exact(values[6], 4)).u32(),
            exact(values[7], DataKeys.HEADER_LENGTH),
            exact(values[8], 32),
            new Binary.Reader(exact(values[9], 4)).u32(),
            exact(values[10], 32),
            Binary.utf8(values[11]),
            Binary.utf8(values[12]),
            Instant.ofEpochMilli(new Binary.Reader(exact(values[13], 8)).u64()));
    if (m.plaintextSize < 0 || m.ciphertextSize < 0) {
      throw new Binary.MalformedException("negative size");
    }
    return m;
  }

  private static byte[] exact(byte[] value, int length) throws Binary.MalformedException {
    if (value.length != length) {
      throw new Binary.MalformedException("field has the wrong length");
    }
    return value;
  }

  /** The recipient fingerprint in its text form. */
  public String recipientFingerprintText() {
    return Fingerprints.text(recipientFingerprint);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Manifest m && Arrays.equals(body(), m.body());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(body());
  }

  @Override
  public String toString() {
    return "Manifest[subject="
        + subject
        + ", objectId="
        + objectId
        + ", plaintextSize="
        + plaintextSize
        + ", header="
        + HexFormat.of().formatHex(streamHeader, 0, 4)
        + "…]";
  }
}
