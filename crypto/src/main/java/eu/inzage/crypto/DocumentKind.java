package eu.inzage.crypto;

import java.util.Optional;

/**
 * What the organisation keeps in its own envelope, and why it may read it. Each kind has a stable
 * {@link #code()} that the envelope record stores (crypto/FORMAT.md, section 11.2); the order of
 * the constants means nothing, and a new kind gets the next unused code.
 */
public enum DocumentKind {
  /**
   * A mandate the participant signed: the organisation must be able to show it to a controller
   * (GDPR Art. 80(1); EDPB Guidelines 01/2022 §§80–82).
   */
  SIGNED_MANDATE(0),
  /**
   * A copy of an identity document a controller asked for: minimise, encrypt, delete after use and
   * keep only a note that it was checked (GDPR Art. 5(1)(c) and 12(6); EDPB Guidelines 01/2022
   * §§58–79).
   */
  ID_COPY(1),
  /** Any other document the organisation itself must read. */
  OTHER(2);

  private final int code;

  DocumentKind(int code) {
    this.code = code;
  }

  /** The stable code written in the envelope record; never changes once a kind has it. */
  public int code() {
    return code;
  }

  /** The kind with the given stable code, or empty when no kind has it. */
  public static Optional<DocumentKind> fromCode(int code) {
    for (DocumentKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
