package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The controller asked for identity information on {@code from} and received it on {@code to} (Art.
 * 12(6) GDPR; EDPB Guidelines 01/2022 §159). The suspended days are {@code to − from}.
 *
 * @param from the day the controller asked
 * @param to the day the controller received the information (not before {@code from})
 */
public record IdentityPause(LocalDate from, LocalDate to) {
  /**
   * Checks the interval.
   *
   * @throws InvalidInputException naming {@code suspended} when a day is missing, lies outside
   *     {@link Dates#EARLIEST}..{@link Dates#LATEST}, or the interval ends before it starts
   */
  public IdentityPause {
    if (from == null || to == null) {
      throw new InvalidInputException(
          "suspended", ViolationCode.REQUIRED, "a pause needs both FROM and TO");
    }
    Dates.requirePlausible("suspended", from);
    Dates.requirePlausible("suspended", to);
    if (to.isBefore(from)) {
      throw new InvalidInputException(
          "suspended", ViolationCode.INVALID_VALUE, "the pause ends before it starts");
    }
  }

  /** The suspended calendar days, {@code to − from}. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to);
  }

  /** Parses {@code FROM..TO} (ISO dates), as the command line takes it. */
  public static IdentityPause parse(String text) {
    if (text == null) {
      throw new InvalidInputException("suspended", ViolationCode.REQUIRED, "FROM..TO expected");
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new InvalidInputException(
          "suspended", ViolationCode.INVALID_VALUE, "FROM..TO expected (two ISO dates)");
    }
    return new IdentityPause(
        Dates.parse("suspended", text.substring(0, dots).strip()),
        Dates.parse("suspended", text.substring(dots + 2).strip()));
  }
}
