package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.ArchiveEntry;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import java.io.InputStream;

/**
 * TikTok's export in TXT, gathered file by file: each {@code .txt} file whose first line is a
 * {@code Key: value} line is a category named by its folder and file ({@code Activity/Login
 * History}); its records are blocks of lines separated by blank lines, dated by the block's first
 * {@code Date:}, {@code Time:} or {@code Timestamp:} line (read as in the JSON export). A block
 * whose first line is not a {@code Key: value} line is a broken record. Other files ({@code .txt}
 * files of another shape, any other file) are counted in {@link ExportReading#UNREAD_FILES}. Values
 * are never kept. Not thread-safe: one instance per archive.
 */
public final class TikTokTxtScan {
  /** The longest key of a {@code Key: value} line. */
  private static final int MAX_KEY = 60;

  private final Tallies tallies = new Tallies();
  private long files;

  /** Reads one {@code .txt} file. */
  public void txt(String archive, ArchiveEntry entry, InputStream content) {
    String where = ReplyNames.where(archive, entry);
    Tallies.Tally file = new Tallies.Tally();
    // [0] lines with text seen, [1] in a block, [2] block dated, [3] first line is a key line,
    // [4] broken blocks, [5] unparseable dates
    long[] state = new long[6];
    TextLines.read(
        where,
        content,
        (line, length) -> {
          if (TextLines.blank(line, length)) {
            state[1] = 0;
            return;
          }
          int key = keyLength(line, length);
          if (state[0]++ == 0) {
            state[3] = key > 0 ? 1 : 0;
          }
          if (state[1] == 0) {
            state[1] = 1;
            state[2] = 0;
            file.records++;
            if (key < 0) {
              state[4]++;
            }
          }
          if (key > 0 && state[2] == 0 && isDateKey(line, key)) {
            int from = key + 1;
            while (from < length && (line[from] == ' ' || line[from] == '\t')) {
              from++;
            }
            if (from < length) {
              state[2] = 1;
              long day = Dates.epochDay(line, from, length - from);
              if (day == Dates.NONE) {
                state[5]++;
              } else {
                file.date(day);
              }
            }
          }
        });
    if (state[0] > 0 && state[3] == 0) {
      other(where);
      return;
    }
    files++;
    tallies.tally(ReplyNames.folderAndStem(entry), Reason.TOO_MANY_ENTRIES, where).add(file);
    tallies.broken += state[4];
    tallies.unparseable += state[5];
  }

  /** Counts a file that is not a category of the TXT export. */
  public void other(String archive, ArchiveEntry entry) {
    other(ReplyNames.where(archive, entry));
  }

  private void other(String where) {
    tallies.tally(ExportReading.UNREAD_FILES, Reason.TOO_MANY_ENTRIES, where).records++;
    tallies.unread++;
  }

  /** True if at least one {@code .txt} file had the export's shape. */
  public boolean found() {
    return files > 0;
  }

  /** What the export holds. */
  public ExportReading reading() {
    return tallies.reading(Generation.TXT);
  }

  /**
   * The length of the line's key (the position of its colon) if the line is {@code Key: value} or
   * {@code Key:}: a key of letters, digits, spaces and {@code _-()'&/.} starting with a letter, at
   * most {@value #MAX_KEY} characters, the colon followed by a space, a tab or the line's end (so a
   * link {@code https://…} is no key); else -1.
   */
  static int keyLength(char[] line, int length) {
    if (length == 0 || !Character.isLetter(line[0])) {
      return -1;
    }
    for (int i = 1; i < length && i <= MAX_KEY; i++) {
      char c = line[i];
      if (c == ':') {
        return i + 1 == length || line[i + 1] == ' ' || line[i + 1] == '\t' ? i : -1;
      }
      if (!Character.isLetterOrDigit(c) && " _-()'&/.".indexOf(c) < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isDateKey(char[] line, int key) {
    String name = new String(line, 0, key).strip();
    return name.equalsIgnoreCase("date")
        || name.equalsIgnoreCase("time")
        || name.equalsIgnoreCase("timestamp");
  }
}
