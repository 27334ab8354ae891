package eu.inzage.core;

/**
 * The stable codes of input violations. Scripts and user interfaces match on these codes; the
 * human-readable message may change between versions.
 */
public enum ViolationCode {
  /** A required field is missing or blank. */
  REQUIRED,
  /**
   * A text contains CR, LF, NUL or another control, line-separator or format character (such as
   * U+202E or U+200B), a private-use or unassigned code point, more than 30 combining marks in a
   * row, or shows nothing at all (only U+00A0, say).
   */
  CONTROL_CHARACTERS,
  /** A text is longer than the field allows. */
  TOO_LONG,
  /** Not a plausible e-mail address. */
  INVALID_EMAIL,
  /** Not a plausible international phone number. */
  INVALID_PHONE,
  /** Not an ISO 3166-1 alpha-2 country code ({@code EL} is accepted for Greece). */
  UNKNOWN_COUNTRY,
  /** A date that lies in the future where only past dates make sense (a birth date). */
  FUTURE_DATE,
  /**
   * An identifier outside its grammar (participant ids: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}).
   */
  INVALID_ID,
  /** A field the reader does not know. */
  UNKNOWN_FIELD,
  /** Input that is not well-formed JSON, or a value of the wrong type. */
  MALFORMED_JSON,
  /** Not an ISO 639-1 language code. */
  UNKNOWN_LANGUAGE,
  /**
   * A value outside its allowed set or range (e.g. a validity period that ends before it starts).
   */
  INVALID_VALUE
}
