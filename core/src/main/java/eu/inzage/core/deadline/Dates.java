package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.PlausibleDates;
import java.time.LocalDate;

/**
 * Reads the ISO dates of user input with errors that name the field, and holds the plausible range
 * of every date Inzage reads: from {@link #EARLIEST} to {@link #LATEST}. A date outside it (a birth
 * date in year 0, a receipt day in year 999999999) is a typing error or an attack, never a fact of
 * an access request under GDPR Art. 15, and would make the deadline arithmetic of Art. 12(3)
 * overflow.
 */
public final class Dates {
  /** The earliest date accepted anywhere in input: 1 January 1900. */
  public static final LocalDate EARLIEST = PlausibleDates.EARLIEST;

  /** The latest date accepted anywhere in input: 31 December 2200. */
  public static final LocalDate LATEST = PlausibleDates.LATEST;

  private Dates() {}

  /**
   * Parses an ISO {@code YYYY-MM-DD} date (exactly four digits of year, no sign, no time) within
   * {@link #EARLIEST} and {@link #LATEST}.
   *
   * @param field the field or option to name in the error
   * @param text the text
   * @throws InvalidInputException naming the field when the text is missing ({@code REQUIRED}), no
   *     valid date or outside the range ({@code INVALID_VALUE}); the text is never repeated
   */
  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(
          field, ViolationCode.REQUIRED, "a date YYYY-MM-DD is required");
    }
    LocalDate date = PlausibleDates.parseIso(text.strip());
    if (date == null) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, "not a valid ISO date YYYY-MM-DD");
    }
    return requirePlausible(field, date);
  }

  /** Whether the date lies within {@link #EARLIEST} and {@link #LATEST}. */
  public static boolean isPlausible(LocalDate date) {
    return PlausibleDates.isPlausible(date);
  }

  /**
   * Returns the date when it lies within the range.
   *
   * @throws InvalidInputException naming the field with {@code INVALID_VALUE} otherwise
   */
  public static LocalDate requirePlausible(String field, LocalDate date) {
    if (!isPlausible(date)) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, PlausibleDates.OUT_OF_RANGE);
    }
    return date;
  }
}
