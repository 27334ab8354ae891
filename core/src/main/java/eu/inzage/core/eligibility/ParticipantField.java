package eu.inzage.core.eligibility;

import eu.inzage.core.model.Participant;

/**
 * The participant fields a policy can require (see {@code docs/law/eligibility.md}: "required
 * fields").
 */
public enum ParticipantField {
  /** {@link Participant#name()}. */
  NAME(EligibilityReason.NAME_MISSING),
  /** {@link Participant#email()}. */
  EMAIL(EligibilityReason.EMAIL_MISSING),
  /** {@link Participant#phone()}. */
  PHONE(EligibilityReason.PHONE_MISSING),
  /** {@link Participant#birthDate()}. */
  BIRTH_DATE(EligibilityReason.BIRTH_DATE_MISSING),
  /** {@link Participant#residence()}. */
  RESIDENCE(EligibilityReason.RESIDENCE_MISSING),
  /** {@link Participant#language()}. */
  LANGUAGE(EligibilityReason.LANGUAGE_MISSING),
  /** {@link Participant#address()}. */
  ADDRESS(EligibilityReason.ADDRESS_MISSING);

  private final EligibilityReason missing;

  ParticipantField(EligibilityReason missing) {
    this.missing = missing;
  }

  /** Whether the participant has this field. */
  boolean isPresentIn(Participant p) {
    return switch (this) {
      case NAME -> present(p.name());
      case EMAIL -> present(p.email());
      case PHONE -> present(p.phone());
      case BIRTH_DATE -> p.birthDate() != null;
      case RESIDENCE -> present(p.residence());
      case LANGUAGE -> present(p.language());
      case ADDRESS -> p.address() != null;
    };
  }

  /** The reason reported when the field is missing. */
  public EligibilityReason missingReason() {
    return missing;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
