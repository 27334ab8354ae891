package eu.inzage.crypto;

import java.time.Instant;

/**
 * What remains after an ID copy was checked and deleted: the note "ID checked", when, and which
 * document it was (EDPB Guidelines 01/2022 §§58–79: keep a note, not the copy; see {@code
 * docs/law/identity.md}).
 *
 * @param subject the participant's id
 * @param documentId the id the deleted ID copy had
 * @param checkedAt when it was checked and deleted
 */
public record IdCheckNote(String subject, String documentId, Instant checkedAt) {
  /** The text of the note. */
  public static final String TEXT = "ID checked";
}
