package eu.inzage.crypto.blob;

/** The parts a sealed object is stored as (crypto/FORMAT.md, "Blob layout"). */
public enum BlobKind {
  /** The streaming-AEAD ciphertext of the object. */
  DATA("data"),
  /** The data key wrapped to the participant's public key; outside the signed manifest. */
  KEY_SLOT("keyslot"),
  /** The organisation-signed manifest; its presence marks the object as complete. */
  MANIFEST("manifest"),
  /**
   * A short note kept after a document was deleted, e.g. that an ID was checked (see {@code
   * docs/law/identity.md}).
   */
  NOTE("note");

  private final String suffix;

  BlobKind(String suffix) {
    this.suffix = suffix;
  }

  /** The file-name suffix of this part, e.g. {@code manifest}. */
  public String suffix() {
    return suffix;
  }
}
