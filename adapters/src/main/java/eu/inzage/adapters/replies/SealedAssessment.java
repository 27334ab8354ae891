package eu.inzage.adapters.replies;

import eu.inzage.crypto.SealedObject;
import java.util.Objects;

/**
 * A reply read, assessed and sealed to the participant in one pass by {@link SealingAssessor}.
 *
 * @param assessment the reply's assessment against Art. 15 GDPR
 * @param sealed the vault object holding the reply exactly as received (the copy of Art. 15(3),
 *     readable only by the participant)
 */
public record SealedAssessment(Assessment assessment, SealedObject sealed) {
  /** Checks the values. */
  public SealedAssessment {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(sealed, "sealed");
  }
}
