package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.Category;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.RejectedReplyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a reader gathers into an {@link ExportReading}: categories in the order of first
 * appearance, and what could not be read. Not thread-safe: one instance per reading.
 */
final class Tallies {
  /** The most categories one reading may have (a hostile file cannot grow the map without end). */
  static final int MAX_CATEGORIES = 1000;

  private final Map<String, Tally> categories = new LinkedHashMap<>();
  long unparseable;
  long broken;
  long unread;
  long mediaFiles;
  long mediaBytes;

  /**
   * The category of the name, made on first use.
   *
   * @param reason the reason of the refusal when there would be more than {@link #MAX_CATEGORIES}
   * @param where the file or entry for its message
   */
  Tally tally(String name, RejectedReplyException.Reason reason, String where) {
    Tally tally = categories.get(name);
    if (tally == null) {
      if (categories.size() >= MAX_CATEGORIES) {
        throw new RejectedReplyException(
            reason, where + ": more than " + MAX_CATEGORIES + " categories (refused)");
      }
      tally = new Tally();
      categories.put(name, tally);
    }
    return tally;
  }

  /** A date read (epoch day), or unparseable if it is {@link Dates#NONE}. */
  void date(Tally tally, long day) {
    if (day == Dates.NONE) {
      unparseable++;
    } else {
      tally.date(day);
    }
  }

  ExportReading reading(Generation generation) {
    List<Category> out = new ArrayList<>(categories.size());
    for (Map.Entry<String, Tally> e : categories.entrySet()) {
      out.add(e.getValue().category(e.getKey()));
    }
    return new ExportReading(generation, out, unparseable, broken, unread, mediaFiles, mediaBytes);
  }

  /** The counts of one category. */
  static final class Tally {
    long records;
    boolean scalars;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    void date(long day) {
      if (day < first) {
        first = day;
      }
      if (day > last) {
        last = day;
      }
    }

    /** Adds the other tally's records and dates to this one. */
    void add(Tally other) {
      records += other.records;
      scalars |= other.scalars;
      if (other.first <= other.last) {
        date(other.first);
        date(other.last);
      }
    }

    Category category(String name) {
      long count = records == 0 && scalars ? 1 : records;
      return first > last
          ? new Category(name, count, null, null)
          : new Category(name, count, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    }
  }
}
