package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the ISO dates of user input with errors that name the field, and holds the plausible range
 * of every date Inzage reads: from {@link #EARLIEST} to {@link #LATEST}. A date outside it (a birth
 * date in year 0, a receipt day in year 999999999) is a typing error or an attack, never a fact of
 * an access request under GDPR Art. 15, and would make the deadline arithmetic of Art. 12(3)
 * overflow.
 */
public final class Dates {
  /** The earliest date accepted anywhere in input: 1 January 1900. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date accepted anywhere in input: 31 December 2200. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /** The reason given for a date or instant outside the range. */
  public static final String OUT_OF_RANGE =
      "must lie between " + EARLIEST + " and " + LATEST + " (UTC for instants)";

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_INSTANT =
      LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

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
    LocalDate date = parseIso(text.strip());
    if (date == null) {
      throw new InvalidInputException(
          field, ViolationCode.INVALID_VALUE, "not a valid ISO date YYYY-MM-DD");
    }
    return requirePlausible(field, date);
  }

  /**
   * An ISO {@code YYYY-MM-DD} date in its strict form, or null when the text is not one (any other
   * shape, a sign, a time, a 30 February). The range is not checked.
   */
  public static LocalDate parseIso(String text) {
    if (text.length() != 10 || !ISO_DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether the date lies within {@link #EARLIEST} and {@link #LATEST}. */
  public static boolean isPlausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /** Whether the instant lies within {@link #EARLIEST} and {@link #LATEST}, counted in UTC. */
  public static boolean isPlausible(Instant instant) {
    return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
  }

  /**
   * Returns the date when it lies within the range.
   *
   * @throws InvalidInputException naming the field with {@code INVALID_VALUE} otherwise
   */
  public static LocalDate requirePlausible(String field, LocalDate date) {
    if (!isPlausible(date)) {
      throw new InvalidInputException(field, ViolationCode.INVALID_VALUE, OUT_OF_RANGE);
    }
    return date;
  }
}
