package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;

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
 * @param reference the case reference printed on the letter (one line of plain text, at most
 *     {@value #MAX_REFERENCE_LENGTH} characters), or null for {@code participantId/controllerId}
 */
public record LetterInput(
    LetterKind kind,
    Participant participant,
    ControllerProfile controller,
    Organisation organisation,
    String language,
    LetterFacts facts,
    @PlainText @MaxLength(MAX_REFERENCE_LENGTH) String reference) {
  /** The longest case reference, in characters: it is printed on every page. */
  public static final int MAX_REFERENCE_LENGTH = 80;

  /**
   * Checks that the parts every letter needs are present and that the reference is one short line.
   */
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
    requireValidReference(reference);
  }

  /**
   * Checks a case reference as every letter prints it: one line of plain text of at most {@value
   * #MAX_REFERENCE_LENGTH} characters, with the constraints of {@code
   * eu.inzage.core.validation.constraints}. Null passes (the letter then uses its default).
   *
   * @return the reference
   * @throws InvalidInputException at {@code reference}: {@code TOO_LONG} or {@code
   *     CONTROL_CHARACTERS}
   */
  public static String requireValidReference(String reference) {
    if (reference != null) {
      ModelValidator.withoutClock().requireValidField(LetterInput.class, "reference", reference);
    }
    return reference;
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
