package eu.inzage.core.deadline;

import java.time.LocalDate;

/**
 * One day over which the end of a period rolled forward because it was no working day (Regulation
 * 1182/71 Art. 3(4)).
 *
 * @param date the day skipped
 * @param reason why: {@code "Saturday"}, {@code "Sunday"} or the public holiday with its country,
 *     e.g. {@code "Good Friday (NL)"}
 */
public record Rollover(LocalDate date, String reason) {
  /** The day and the reason, e.g. {@code "2025-04-18 Good Friday (NL)"}. */
  @Override
  public String toString() {
    return date + " " + reason;
  }
}
