package eu.inzage.adapters.internal.replies;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date formats of TikTok exports, read without allocating: {@code 2021-07-28 10:15:30}, ISO
 * {@code 2021-07-28T10:15:30Z} (or with an offset or fraction: the date as written is taken), a
 * bare {@code 2021-07-28}, the same with {@code /} or {@code .} between the parts, and Unix time in
 * seconds or milliseconds (as text or number). Zoom's reports add the US form {@code 07/28/2021
 * 10:15:30 AM} (month first, {@link #usEpochDay}). Years outside 1900 to 2199 are not read.
 */
final class Dates {
  /** Not a date. */
  static final long NONE = Long.MIN_VALUE;

  private static final long MILLIS_FROM = 100_000_000_000L;

  /** Words of a name that names a date or time ({@code Start Time}, {@code created_at}). */
  private static final Set<String> DATE_WORDS =
      Set.of("date", "time", "timestamp", "datetime", "at");

  /** Words that make a name with a date word name something else ({@code Time Zone}). */
  private static final Set<String> NOT_DATE_WORDS =
      Set.of("zone", "timezone", "duration", "minutes", "seconds", "hours", "spent", "total");

  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  /** A date in a file or folder name: {@code 2021-03-01} or {@code GMT20210301}. */
  private static final Pattern IN_NAME =
      Pattern.compile(
          "(?<![0-9])((?:19|20|21)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])"
              + "|GMT((?:19|20|21)[0-9]{2})([0-9]{2})([0-9]{2})");

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

  /**
   * The day of a date written month first ({@code 7/28/2021}, {@code 07/28/2021 10:15:30 AM},
   * {@code 07/28/2021, 10:15}), or else of {@link #epochDay}, or {@link #NONE}.
   */
  static long usEpochDay(char[] text, int offset, int length) {
    long iso = epochDay(text, offset, length);
    if (iso != NONE) {
      return iso;
    }
    int p = offset;
    int end = offset + length;
    while (p < end && text[p] == ' ') {
      p++;
    }
    int[] parts = new int[3];
    for (int part = 0; part < 3; part++) {
      int digits = 0;
      int value = 0;
      while (p < end && text[p] >= '0' && text[p] <= '9' && digits < 4) {
        value = value * 10 + (text[p++] - '0');
        digits++;
      }
      boolean ok = part == 2 ? digits == 4 : digits >= 1 && digits <= 2;
      if (!ok) {
        return NONE;
      }
      parts[part] = value;
      if (part < 2) {
        if (p >= end || text[p] != '/') {
          return NONE;
        }
        p++;
      }
    }
    if (p < end && text[p] != ' ' && text[p] != ',' && text[p] != 'T') {
      return NONE;
    }
    return day(parts[2], parts[0], parts[1]);
  }

  /**
   * True if a column header or JSON field name names a date or time: one of its words (split at
   * anything but letters and at lower-to-upper case changes) is {@code date}, {@code time}, {@code
   * timestamp}, {@code datetime} or {@code at} ({@code created_at}), and none is {@code zone},
   * {@code duration}, {@code minutes} and the like.
   */
  static boolean isDateName(String name) {
    if (name.length() > 100) {
      return false;
    }
    String[] words =
        NOT_LETTERS.split(CAMEL.matcher(name).replaceAll("$1 $2").toLowerCase(Locale.ROOT), -1);
    boolean date = false;
    int count = 0;
    boolean onlyAt = true;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (NOT_DATE_WORDS.contains(word)) {
        return false;
      }
      count++;
      onlyAt &= word.equals("at");
      date |= DATE_WORDS.contains(word);
    }
    // "at" alone names no date
    return date && !(count == 1 && onlyAt);
  }

  /** The day of the first date in a path ({@code 2021-03-01 10.15.30 …/}, {@code GMT20210301}). */
  static long inPath(String path) {
    Matcher m = IN_NAME.matcher(path);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 4;
      long day =
          day(
              Integer.parseInt(m.group(g)),
              Integer.parseInt(m.group(g + 1)),
              Integer.parseInt(m.group(g + 2)));
      if (day != NONE) {
        return day;
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
