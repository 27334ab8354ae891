package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;

/**
 * What a collective letter is about, apart from the participants: the kind, the controller, the
 * organisation acting for the participants, the language, the case reference and the largest number
 * of participants per volume.
 *
 * @param kind cover letter or collective complaint
 * @param controller the controller the letter concerns (Art. 4(7) GDPR)
 * @param organisation the organisation acting under the participants' mandates (Art. 80(1) GDPR)
 * @param authority for a complaint, the one supervisory authority every participant's complaint is
 *     lodged with: a country (ISO 3166-1) or a German Land (ISO 3166-2, {@code DE-BY}); null to
 *     lodge each participant's complaint with the authority of their own residence (Art. 77(1)
 *     GDPR), one complaint per authority. Ignored for a cover letter.
 * @param language an explicit language, or null: the controller's request language for a cover
 *     letter, the authority's complaint language for a complaint, else English
 * @param reference the case reference printed on every volume (one line of plain text, at most
 *     {@value LetterInput#MAX_REFERENCE_LENGTH} characters), or null for {@code KIND/CONTROLLER}
 * @param volumeSize at most this many participants per volume (1 to 5000)
 */
public record CollectiveInput(
    CollectiveKind kind,
    ControllerProfile controller,
    Organisation organisation,
    String authority,
    String language,
    @PlainText @MaxLength(LetterInput.MAX_REFERENCE_LENGTH) String reference,
    int volumeSize) {
  /** The default number of participants per volume. */
  public static final int DEFAULT_VOLUME_SIZE = 500;

  /** The largest number of participants per volume. */
  public static final int MAX_VOLUME_SIZE = 5000;

  /** Checks the parts every collective letter needs. */
  public CollectiveInput {
    require(kind, "kind");
    require(controller, "controller");
    require(organisation, "organisation");
    if (volumeSize < 1 || volumeSize > MAX_VOLUME_SIZE) {
      throw new InvalidInputException(
          "volumeSize", ViolationCode.INVALID_VALUE, "must be between 1 and " + MAX_VOLUME_SIZE);
    }
    if (language != null && language.isBlank()) {
      language = null;
    }
    if (authority != null && authority.isBlank()) {
      authority = null;
    }
    if (reference != null && reference.isBlank()) {
      reference = null;
    }
    if (reference != null) {
      ModelValidator.withoutClock()
          .requireValidField(CollectiveInput.class, "reference", reference);
    }
  }

  /** A collective letter of this kind with the defaults (volumes of 500). */
  public static CollectiveInput of(
      CollectiveKind kind, ControllerProfile controller, Organisation organisation) {
    return new CollectiveInput(
        kind, controller, organisation, null, null, null, DEFAULT_VOLUME_SIZE);
  }

  /** The same input in an explicit language. */
  public CollectiveInput withLanguage(String value) {
    return new CollectiveInput(
        kind, controller, organisation, authority, value, reference, volumeSize);
  }

  /** The same input with at most this many participants per volume. */
  public CollectiveInput withVolumeSize(int value) {
    return new CollectiveInput(
        kind, controller, organisation, authority, language, reference, value);
  }

  /**
   * The same complaint lodged, for every participant, with this authority ({@code NL}, {@code
   * DE-BY}).
   */
  public CollectiveInput withAuthority(String country) {
    return new CollectiveInput(
        kind, controller, organisation, country, language, reference, volumeSize);
  }

  /** The same input with this case reference. */
  public CollectiveInput withReference(String value) {
    return new CollectiveInput(
        kind, controller, organisation, authority, language, value, volumeSize);
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "is required");
    }
  }
}
