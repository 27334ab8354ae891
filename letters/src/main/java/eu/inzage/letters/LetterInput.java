package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;

/**
 * Everything one letter is made of: its kind, the participant it is written for, the controller it
 * concerns, the organisation that sends it under the participant's mandate, and the facts it cites.
 * Dates are inputs ({@link LetterFacts#due()}): the letter computes no deadline itself.
 *
 * @param kind what letter to write
 * @param participant the data subject (the principal of the mandate)
 * @param controller the controller the letter concerns (Art. 4(7))
 * @param organisation the organisation acting for the participant (the agent)
 * @param language an explicit language (ISO 639-1), or null to choose as {@link Letters} says
 * @param facts dates, missing items, events and signature; never null
 * @param reference the case reference printed on the letter, or null for {@code
 *     participantId/controllerId}
 */
public record LetterInput(
    LetterKind kind,
    Participant participant,
    ControllerProfile controller,
    Organisation organisation,
    String language,
    LetterFacts facts,
    String reference) {
  /** Checks that the parts every letter needs are present. */
  public LetterInput {
    require(kind, "kind");
    require(participant, "participant");
    require(controller, "controller");
    require(organisation, "organisation");
    if (facts == null) {
      facts = LetterFacts.none();
    }
    if (language != null && language.isBlank()) {
      language = null;
    }
  }

  /** A letter of this kind with no explicit language and no facts. */
  public static LetterInput of(
      LetterKind kind,
      Participant participant,
      ControllerProfile controller,
      Organisation organisation) {
    return new LetterInput(kind, participant, controller, organisation, null, null, null);
  }

  /** The same input in an explicit language. */
  public LetterInput withLanguage(String newLanguage) {
    return new LetterInput(
        kind, participant, controller, organisation, newLanguage, facts, reference);
  }

  /** The same input citing these facts. */
  public LetterInput withFacts(LetterFacts newFacts) {
    return new LetterInput(
        kind, participant, controller, organisation, language, newFacts, reference);
  }

  /** The same input as another kind of letter. */
  public LetterInput withKind(LetterKind newKind) {
    return new LetterInput(
        newKind, participant, controller, organisation, language, facts, reference);
  }

  /** The same input with this case reference. */
  public LetterInput withReference(String newReference) {
    return new LetterInput(
        kind, participant, controller, organisation, language, facts, newReference);
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "is required for a letter");
    }
  }

  @Override
  public String toString() {
    return "LetterInput[kind="
        + kind
        + ", participant="
        + participant.id()
        + ", controller="
        + controller.id()
        + ", language="
        + language
        + "]";
  }
}
