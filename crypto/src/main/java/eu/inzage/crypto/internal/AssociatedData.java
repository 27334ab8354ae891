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

  /** The ASCII label that starts the associated data of an organisation-envelope document. */
  static final byte[] ENVELOPE_LABEL = "INZAGE-ENVELOPE".getBytes(StandardCharsets.US_ASCII);

  private AssociatedData() {}

  /** The associated data for one object of one subject under a format version. */
  public static byte[] of(int formatVersion, String subject, String objectId) {
    return of(LABEL, formatVersion, subject, objectId);
  }

  /** The associated data for one document of the organisation envelope (version 1). */
  public static byte[] envelope(String subject, String documentId) {
    return of(ENVELOPE_LABEL, 1, subject, documentId);
  }

  private static byte[] of(byte[] label, int formatVersion, String subject, String objectId) {
    byte[] s = Identifiers.require("subject", subject).getBytes(StandardCharsets.US_ASCII);
    byte[] o = Identifiers.require("objectId", objectId).getBytes(StandardCharsets.US_ASCII);
    return new Binary.Writer()
        .bytes(label)
        .u8(0)
        .u16(formatVersion)
        .u8(s.length)
        .bytes(s)
        .u8(o.length)
        .bytes(o)
        .toByteArray();
  }
}
