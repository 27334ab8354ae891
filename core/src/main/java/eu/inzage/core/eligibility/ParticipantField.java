package eu.inzage.core.eligibility;

import eu.inzage.core.model.Participant;
import java.util.function.Predicate;

/** The participant fields a policy can require (LAW.md §5: "required fields"). */
public enum ParticipantField {
  /** {@link Participant#name()}. */
  NAME(p -> present(p.name()), EligibilityReason.NAME_MISSING),
  /** {@link Participant#email()}. */
  EMAIL(p -> present(p.email()), EligibilityReason.EMAIL_MISSING),
  /** {@link Participant#phone()}. */
  PHONE(p -> present(p.phone()), EligibilityReason.PHONE_MISSING),
  /** {@link Participant#birthDate()}. */
  BIRTH_DATE(p -> p.birthDate() != null, EligibilityReason.BIRTH_DATE_MISSING),
  /** {@link Participant#residence()}. */
  RESIDENCE(p -> present(p.residence()), EligibilityReason.RESIDENCE_MISSING),
  /** {@link Participant#language()}. */
  LANGUAGE(p -> present(p.language()), EligibilityReason.LANGUAGE_MISSING),
  /** {@link Participant#address()}. */
  ADDRESS(p -> p.address() != null, EligibilityReason.ADDRESS_MISSING);

  private final Predicate<Participant> present;
  private final EligibilityReason missing;

  ParticipantField(Predicate<Participant> present, EligibilityReason missing) {
    this.present = present;
    this.missing = missing;
  }

  /** Whether the participant has this field. */
  boolean isPresentIn(Participant participant) {
    return present.test(participant);
  }

  /** The reason reported when the field is missing. */
  public EligibilityReason missingReason() {
    return missing;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
