package eu.inzage.core.validation;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.TextRules;

/**
 * The one grammar of ids that become parts of file and object names ({@code
 * [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, see {@code docs/formats.md#identifiers}), for modules that take
 * ids outside a model object. Keeping names within this grammar is what stops a path from escaping
 * its store (GDPR Art. 32, security of processing).
 */
public final class Identifiers {
  private Identifiers() {}

  /** True when the value is a well-formed id. */
  public static boolean isValid(String value) {
    return value != null && TextRules.PARTICIPANT_ID.matcher(value).matches();
  }

  /**
   * True when the value is a well-formed slug: the id of a controller in a directory ({@code
   * [a-z0-9][a-z0-9-]{0,99}}, lower-case letters, digits and hyphens), safe to repeat in a message.
   */
  public static boolean isSlug(String value) {
    return value != null && TextRules.SLUG.matcher(value).matches();
  }

  /**
   * Returns the value when it is a well-formed slug ({@link #isSlug}).
   *
   * @throws InvalidInputException naming {@code field} with {@link ViolationCode#REQUIRED} when the
   *     value is missing, {@link ViolationCode#INVALID_ID} when it is malformed
   */
  public static String requireSlug(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "a slug is required");
    }
    if (!isSlug(value)) {
      throw new InvalidInputException(
          field,
          ViolationCode.INVALID_ID,
          "must be lower-case letters, digits and hyphens ([a-z0-9][a-z0-9-]{0,99})");
    }
    return value;
  }

  /**
   * Returns the value when it is a well-formed id.
   *
   * @throws InvalidInputException naming {@code field} with {@link ViolationCode#REQUIRED} when the
   *     value is missing, {@link ViolationCode#INVALID_ID} when it is malformed; the value itself
   *     is never repeated
   */
  public static String require(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "an id is required");
    }
    if (!isValid(value)) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_ID, "must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
    return value;
  }
}
