package eu.inzage.adapters.replies;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One category of personal data in an export (the "categories of personal data concerned" of Art.
 * 15(1)(b) GDPR as the controller names them).
 *
 * @param name the export's own section names joined by {@code /} ({@code Your Activity/Watch
 *     History}); trailing colons trimmed, control characters replaced by {@code ?}
 * @param records how many records the category holds (objects in its lists; a settings or profile
 *     map with any value counts as one)
 * @param first the earliest date of a record, or null if no record has a readable date
 * @param last the latest date of a record, or null if no record has a readable date
 */
public record Category(String name, long records, LocalDate first, LocalDate last) {

  /** Checks the name and count. */
  public Category {
    Objects.requireNonNull(name, "name");
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative");
    }
  }

  /**
   * Shows the counts and dates, not the name: it is the reply's own text (a file or section name
   * may name a person).
   */
  @Override
  public String toString() {
    return "Category[records=" + records + ", first=" + first + ", last=" + last + "]";
  }
}
