package eu.inzage.crypto.internal;

import eu.inzage.core.validation.Identifiers;
import java.nio.charset.StandardCharsets;

/**
 * The one canonical associated data of a sealed object (crypto/FORMAT.md, "Associated data"):
 * {@code "INZAGE-VAULT" 0x00 || u16 version || u8 len || subject || u8 len || objectId}. It binds
 * the stream and the wrapped data key to the subject and object they were sealed for.
 */
public final class AssociatedData {
  /** The ASCII label that starts the associated data. */
  static final byte[] LABEL = "INZAGE-VAULT".getBytes(StandardCharsets.US_ASCII);

  private AssociatedData() {}

  /** The associated data for one object of one subject under a format version. */
  public static byte[] of(int formatVersion, String subject, String objectId) {
    byte[] s = Identifiers.require("subject", subject).getBytes(StandardCharsets.US_ASCII);
    byte[] o = Identifiers.require("objectId", objectId).getBytes(StandardCharsets.US_ASCII);
    return new Binary.Writer()
        .bytes(LABEL)
        .u8(0)
        .u16(formatVersion)
        .u8(s.length)
        .bytes(s)
        .u8(o.length)
        .bytes(o)
        .toByteArray();
  }
}
