package eu.inzage.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The plausible range of every date Inzage reads and the strict ISO reading of a date, shared by
 * the JSON readers and {@link eu.inzage.core.deadline.Dates} (which documents the range).
 */
public final class PlausibleDates {
  /** The earliest date accepted: 1 January 1900. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date accepted: 31 December 2200. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /** The reason given for a date or instant outside the range. */
  public static final String OUT_OF_RANGE =
      "must lie between " + EARLIEST + " and " + LATEST + " (UTC for instants)";

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_INSTANT =
      LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private PlausibleDates() {}

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
}
