package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.Mailbox;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.ModelValidator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of the values of an e-mail submission, each refusing with an {@link
 * InvalidInputException} that names the caller's field and never repeats the value.
 */
public final class Checks {
  private Checks() {}

  /** A media type: {@code type/subtype} of RFC 6838 restricted names, no parameters. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}");

  /** Checks an address: plain text, a plausible address, and ASCII only (no SMTPUTF8). */
  public static String address(String field, String value) {
    check(field, "address", value);
    if (!value.chars().allMatch(c -> c < 0x80)) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_EMAIL, "must be ASCII (write the domain in its xn-- form)");
    }
    return value;
  }

  /** Checks a display name; null or blank means none and gives null. */
  public static String displayName(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    check(field, "displayName", value);
    return value.strip();
  }

  /** Checks a subject line. */
  public static String subject(String field, String value) {
    check(field, "subject", value);
    return value;
  }

  /** Checks an attachment's file name: plain text and no path separator. */
  public static String fileName(String field, String value) {
    check(field, "fileName", value);
    if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || value.equals("..")) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, "must be a file name without a path");
    }
    return value;
  }

  /** Checks a media type such as {@code application/pdf}. */
  public static String mediaType(String field, String value) {
    check(field, "mediaType", value);
    if (!MEDIA_TYPE.matcher(value).matches()) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, "must be a media type such as application/pdf");
    }
    return value;
  }

  private static void check(String field, String rule, String value) {
    List<Violation> violations =
        ModelValidator.withoutClock().validateField(FieldRules.class, rule, value);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.stream()
              .map(v -> new Violation(field, v.code(), v.message()))
              .distinct()
              .toList());
    }
  }

  /**
   * Checks an address and its display name under {@code field.address} and {@code
   * field.displayName}.
   */
  public static Mailbox mailbox(String field, String address, String displayName) {
    return new Mailbox(
        address(field + ".address", address), displayName(field + ".displayName", displayName));
  }

  /**
   * Checks a plain-text body: present, not blank, at most {@code max} characters, and no control
   * characters other than tab, CR and LF.
   */
  public static String body(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "is required");
    }
    if (value.length() > max) {
      throw new InvalidInputException(
          field, ViolationCode.TOO_LONG, "at most " + max + " characters");
    }
    boolean control =
        value
            .chars()
            .anyMatch(
                c ->
                    c != '\t'
                        && c != '\r'
                        && c != '\n'
                        && (Character.getType(c) == Character.CONTROL
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR));
    if (control) {
      throw new InvalidInputException(
          field,
          ViolationCode.CONTROL_CHARACTERS,
          "no control characters other than line breaks and tabs");
    }
    return value;
  }
}
