package eu.inzage.adapters.internal.replies;

/**
 * The date formats of TikTok exports, read without allocating: {@code 2021-07-28 10:15:30}, ISO
 * {@code 2021-07-28T10:15:30Z} (or with an offset or fraction: the date as written is taken), a
 * bare {@code 2021-07-28}, the same with {@code /} or {@code .} between the parts, and Unix time in
 * seconds or milliseconds (as text or number). Years outside 1900 to 2199 are not read.
 */
final class Dates {
  /** Not a date. */
  static final long NONE = Long.MIN_VALUE;

  private static final long MILLIS_FROM = 100_000_000_000L;

  private Dates() {}

  /** The day (days since 1970-01-01) of the text, or {@link #NONE}. */
  static long epochDay(char[] text, int offset, int length) {
    int start = offset;
    int end = offset + length;
    while (start < end && text[start] == ' ') {
      start++;
    }
    while (end > start && text[end - 1] == ' ') {
      end--;
    }
    int n = end - start;
    if (n >= 10 && digits(text, start, 4)) {
      char sep = text[start + 4];
      if ((sep == '-' || sep == '/' || sep == '.')
          && text[start + 7] == sep
          && digits(text, start + 5, 2)
          && digits(text, start + 8, 2)
          && (n == 10 || text[start + 10] == ' ' || text[start + 10] == 'T')) {
        return day(number(text, start, 4), number(text, start + 5, 2), number(text, start + 8, 2));
      }
      if (n <= 13 && digits(text, start, n)) {
        long value = 0;
        for (int i = start; i < end; i++) {
          value = value * 10 + (text[i] - '0');
        }
        return epochDayOfEpoch(value);
      }
    }
    return NONE;
  }

  /** The day of a Unix time in seconds, or in milliseconds if it is that large. */
  static long epochDayOfEpoch(long value) {
    if (value < 0) {
      return NONE;
    }
    long seconds = value >= MILLIS_FROM ? value / 1000 : value;
    long day = Math.floorDiv(seconds, 86_400L);
    return day > day(2199, 12, 31) ? NONE : day;
  }

  private static long day(int year, int month, int dayOfMonth) {
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || dayOfMonth < 1) {
      return NONE;
    }
    if (dayOfMonth > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return NONE;
    }
    return java.time.LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  private static boolean digits(char[] text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (text[i] < '0' || text[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(char[] text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text[i] - '0');
    }
    return value;
  }
}
