package eu.inzage.crypto;

/** What the organisation keeps in its own envelope, and why it may read it. */
public enum DocumentKind {
  /**
   * A mandate the participant signed: the organisation must be able to show it to a controller
   * (GDPR Art. 80(1); EDPB Guidelines 01/2022 §§80–82).
   */
  SIGNED_MANDATE,
  /**
   * A copy of an identity document a controller asked for: minimise, encrypt, delete after use and
   * keep only a note that it was checked (EDPB Guidelines 01/2022 §§58–79; see {@code
   * docs/law/identity.md}).
   */
  ID_COPY,
  /** Any other document the organisation itself must read. */
  OTHER
}
