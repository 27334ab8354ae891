package eu.inzage.core.internal.deadline;

/**
 * The public holidays of one country in one year: a bitset over the days of the year (bit {@code
 * dayOfYear - 1}) and the holiday names, so that a lookup is a bit test. Immutable.
 */
final class YearTable {
  private final long[] bits;
  private final String[] names;

  YearTable(long[] bits, String[] names) {
    this.bits = bits;
    this.names = names;
  }

  /** The holiday name for a day of the year (1-based), or null. */
  String name(int dayOfYear) {
    int index = dayOfYear - 1;
    if ((bits[index >>> 6] & (1L << index)) == 0) {
      return null;
    }
    return names[index];
  }

  /** Whether the day of the year (1-based) is a holiday. */
  boolean isHoliday(int dayOfYear) {
    int index = dayOfYear - 1;
    return (bits[index >>> 6] & (1L << index)) != 0;
  }

  /** A mutable builder for one year. */
  static final class Builder {
    private final long[] bits = new long[6];
    private final String[] names = new String[366];

    /** Marks a day (1-based day of year) as a holiday with its full reason text. */
    void add(int dayOfYear, String name) {
      int index = dayOfYear - 1;
      if (names[index] == null) {
        names[index] = name;
      }
      bits[index >>> 6] |= 1L << index;
    }

    /** Marks a day (1-based day of year) as an ordinary day again. */
    void remove(int dayOfYear) {
      int index = dayOfYear - 1;
      names[index] = null;
      bits[index >>> 6] &= ~(1L << index);
    }

    YearTable build() {
      return new YearTable(bits.clone(), names.clone());
    }
  }
}
