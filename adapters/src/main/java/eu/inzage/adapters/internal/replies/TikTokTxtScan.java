package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.ArchiveEntry;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import java.io.InputStream;

/**
 * TikTok's export in TXT, gathered file by file: each {@code .txt} file with at least one {@code
 * Key: value} line is a category named by its folder and file ({@code Activity/Login History}); its
 * records are blocks of lines separated by blank lines (a heading such as {@code Chat History with
 * …:} alone in its block is none), dated by the block's first {@code Date:}, {@code Time:} or
 * {@code Timestamp:} line (read as in the JSON export). A block whose first line is neither a
 * {@code Key: value} line nor a heading is a broken record. Other files ({@code .txt} files without
 * any {@code Key: value} line, any other file) are counted in {@link ExportReading#UNREAD_FILES}.
 * Values are never kept. Not thread-safe: one instance per archive.
 */
public final class TikTokTxtScan {
  /** The longest key of a {@code Key: value} line. */
  private static final int MAX_KEY = 60;

  private final Tallies tallies = new Tallies();
  private long files;

  /** Reads one {@code .txt} file. */
  public void txt(String archive, ArchiveEntry entry, InputStream content) {
    String where = ReplyNames.where(archive, entry);
    FileScan file = new FileScan();
    TextLines.read(where, content, file);
    if (file.lines > 0 && !file.shaped) {
      other(where);
      return;
    }
    if (file.shaped) {
      // an empty section file is listed, but only a file in the export's shape makes an export
      files++;
    }
    tallies.tally(ReplyNames.folderAndStem(entry), Reason.TOO_MANY_ENTRIES, where).add(file.tally);
    tallies.broken += file.broken;
    tallies.unparseable += file.unparseable;
  }

  /**
   * One file's blocks. A block is a record once it has a line other than a heading (a line ending
   * in a colon, {@code Chat History with …:}, alone in its block is no record); its first line must
   * be a {@code Key: value} line or a heading, or the record is broken.
   */
  private static final class FileScan implements TextLines.Handler {
    final Tallies.Tally tally = new Tallies.Tally();
    long lines;
    long broken;
    long unparseable;
    boolean shaped;
    private int blockLines;
    private boolean firstIsHeading;
    private boolean firstIsKey;
    private boolean dated;

    @Override
    public void line(char[] line, int length) {
      if (TextLines.blank(line, length)) {
        blockLines = 0;
        return;
      }
      lines++;
      int key = keyLength(line, length);
      shaped |= key > 0;
      blockLines++;
      if (blockLines == 1) {
        firstIsKey = key > 0;
        firstIsHeading = isHeading(line, length);
        dated = false;
        if (!firstIsHeading) {
          record();
        }
      } else if (blockLines == 2 && firstIsHeading) {
        record();
      }
      if (key > 0 && !dated && isDateKey(line, key)) {
        date(line, key, length);
      }
    }

    private void record() {
      tally.records++;
      if (!firstIsKey && !firstIsHeading) {
        broken++;
      }
    }

    private void date(char[] line, int key, int length) {
      int from = key + 1;
      while (from < length && (line[from] == ' ' || line[from] == '\t')) {
        from++;
      }
      if (from < length) {
        dated = true;
        long day = Dates.epochDay(line, from, length - from);
        if (day == Dates.NONE) {
          unparseable++;
        } else {
          tally.date(day);
        }
      }
    }
  }

  private static boolean isHeading(char[] line, int length) {
    int end = length;
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
      end--;
    }
    return end > 0 && line[end - 1] == ':' && end < TextLines.PREFIX;
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
