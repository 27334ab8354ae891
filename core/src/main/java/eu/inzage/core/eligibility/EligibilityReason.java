package eu.inzage.core.eligibility;

/**
 * Why a participant may not join under a policy. Stable codes: scripts and user interfaces match on
 * them (see {@code docs/law/eligibility.md}).
 */
public enum EligibilityReason {
  /** The country of residence is not given. */
  RESIDENCE_MISSING,
  /** The country of residence lies outside the policy's territory. */
  RESIDENCE_OUTSIDE_TERRITORY,
  /** The date of birth is not given, so the minimum age cannot be checked. */
  BIRTH_DATE_MISSING,
  /** Younger than the policy's minimum age on the reference date. */
  UNDER_MINIMUM_AGE,
  /** The policy requires a signed mandate in force on the reference date and there is none. */
  MANDATE_MISSING,
  /** A field the policy requires: the name. */
  NAME_MISSING,
  /** A field the policy requires: the e-mail address. */
  EMAIL_MISSING,
  /** A field the policy requires: the phone number. */
  PHONE_MISSING,
  /** A field the policy requires: the language. */
  LANGUAGE_MISSING,
  /** A field the policy requires: the postal address. */
  ADDRESS_MISSING
}
