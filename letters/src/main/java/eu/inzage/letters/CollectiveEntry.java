package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Participant;

/**
 * One participant of a collective letter with the facts that concern them: for a cover letter the
 * signature of their mandate (see {@code docs/law/mandate.md#signature}), for a collective
 * complaint (Art. 80(1) GDPR) also the dates of their request and the Art. 15 items still missing.
 *
 * @param participant the data subject
 * @param facts the mandate's signature and terms, the request's dates and missing items; never null
 */
public record CollectiveEntry(Participant participant, LetterFacts facts) {
  /** Checks the participant is present; null facts state nothing. */
  public CollectiveEntry {
    if (participant == null) {
      throw new InvalidInputException("participant", ViolationCode.REQUIRED, "is required");
    }
    if (facts == null) {
      facts = LetterFacts.none();
    }
  }

  /**
   * A participant with no facts; a cover letter refuses it, since a bundled mandate states the day
   * it was signed ({@code facts.signedOn}).
   */
  public static CollectiveEntry of(Participant participant) {
    return new CollectiveEntry(participant, null);
  }

  @Override
  public String toString() {
    return "CollectiveEntry[participant=" + participant.id() + ", <redacted>]";
  }
}
