package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the ISO dates of user input with errors that name the field. */
public final class Dates {
  private Dates() {}

  /**
   * Parses an ISO {@code YYYY-MM-DD} date.
   *
   * @param field the field or option to name in the error
   * @param text the text
   * @throws InvalidInputException naming the field when the text is missing or no valid date
   */
  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(
          field, ViolationCode.REQUIRED, "a date YYYY-MM-DD is required");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, "not a valid ISO date YYYY-MM-DD");
    }
  }
}
