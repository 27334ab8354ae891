package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.ArchiveEntry;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over the files of a Zoom reply, each read by its extension: CSV reports ({@link
 * CsvReport}), VTT transcripts (cues counted, their timings checked), TXT chats (messages counted),
 * JSON metadata (records counted as in a TikTok export) and media (files and bytes counted, not
 * parsed); any other file is counted in {@link ExportReading#UNREAD_FILES}. Values are never kept.
 * Not thread-safe: one instance per reply.
 */
public final class ZoomScan {
  /** The extensions of media files: counted, never parsed. */
  static final Set<String> MEDIA =
      Set.of(
          "mp4", "m4a", "mp3", "wav", "aac", "ogg", "opus", "flac", "webm", "mov", "avi", "mkv",
          "3gp", "jpg", "jpeg", "png", "gif", "heic", "webp", "bmp", "tif", "tiff");

  /** A cue's timing: {@code 00:01:02.500 --> 00:01:04.000} (hours optional). */
  private static final Pattern TIMESTAMP =
      Pattern.compile("(?:([0-9]{1,4}):)?([0-5][0-9]):([0-5][0-9])\\.([0-9]{3})");

  /**
   * The first line of a chat message ({@code 10:15:30 From Alice to Everyone: text}, {@code
   * 10:15:30\t From Alice : text}); other lines continue a message.
   */
  private static final Pattern MESSAGE =
      Pattern.compile("^\\s*\\[?[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\\]?\\s+From\\s");

  private final String archive;
  private final Tallies tallies = new Tallies();

  /** A scan of the reply in the named archive. */
  public ZoomScan(String archive) {
    this.archive = archive;
  }

  /** Reads one file of the reply. */
  public void file(ArchiveEntry entry, InputStream content) throws IOException {
    String where = ReplyNames.where(archive, entry);
    String extension = ReplyNames.extension(entry);
    switch (extension) {
      case "csv" -> CsvReport.read(where, content, tallies, tally(ReplyNames.stem(entry), where));
      case "json" ->
          TikTokJsonScan.readOne(where, content, tallies, tally(ReplyNames.stem(entry), where));
      case "vtt" -> transcript(entry, where, content);
      case "txt" -> chat(entry, where, content);
      default -> {
        if (MEDIA.contains(extension)) {
          long bytes = content.transferTo(OutputStream.nullOutputStream());
          Tallies.Tally tally = tally(ReplyNames.firstFolder(entry, "Media"), where);
          tally.records++;
          dateFromPath(entry, tally);
          tallies.mediaFiles++;
          tallies.mediaBytes += bytes;
        } else {
          unread(where);
        }
      }
    }
  }

  /** What the reply holds. */
  public ExportReading reading() {
    return tallies.reading(Generation.ZOOM);
  }

  private void unread(String where) {
    tally(ExportReading.UNREAD_FILES, where).records++;
    tallies.unread++;
  }

  /**
   * A WEBVTT file: its cues counted; one whose timing is unreadable or runs backwards is broken.
   */
  private void transcript(ArchiveEntry entry, String where, InputStream content) {
    long[] counts = new long[3]; // lines seen, cues, broken cues
    boolean[] signed = new boolean[1];
    TextLines.read(
        where,
        content,
        (line, length) -> {
          if (counts[0]++ == 0) {
            signed[0] = length >= 6 && new String(line, 0, 6).equals("WEBVTT");
          } else if (signed[0] && new String(line, 0, length).contains("-->")) {
            counts[1]++;
            if (!timing(new String(line, 0, length))) {
              counts[2]++;
            }
          }
        });
    if (!signed[0]) {
      unread(where);
      return;
    }
    Tallies.Tally tally = tally(ReplyNames.firstFolder(entry, "Transcripts"), where);
    tally.records += counts[1];
    tallies.broken += counts[2];
    if (counts[1] > 0) {
      dateFromPath(entry, tally);
    }
  }

  /** True if the cue's timing reads and does not end before it starts. */
  static boolean timing(String line) {
    int arrow = line.indexOf("-->");
    String start = line.substring(0, arrow).strip();
    String rest = line.substring(arrow + 3).strip();
    int space = rest.indexOf(' ');
    String end = space < 0 ? rest : rest.substring(0, space);
    long from = millis(start);
    long to = millis(end);
    return from >= 0 && to >= from;
  }

  private static long millis(String timestamp) {
    Matcher m = TIMESTAMP.matcher(timestamp);
    if (!m.matches()) {
      return -1;
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    return ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000
        + Long.parseLong(m.group(4));
  }

  /** A saved chat: its messages counted (a message's further lines are not). */
  private void chat(ArchiveEntry entry, String where, InputStream content) {
    long[] counts = new long[2]; // messages, lines with text
    TextLines.read(
        where,
        content,
        (line, length) -> {
          if (!TextLines.blank(line, length)) {
            counts[1]++;
            if (MESSAGE.matcher(new String(line, 0, length)).find()) {
              counts[0]++;
            }
          }
        });
    if (counts[0] == 0) {
      // empty, or text but not a chat: a letter or notes the reader does not know
      unread(where);
      return;
    }
    Tallies.Tally tally = tally(ReplyNames.firstFolder(entry, "Chat"), where);
    tally.records += counts[0];
    if (counts[0] > 0) {
      dateFromPath(entry, tally);
    }
  }

  private void dateFromPath(ArchiveEntry entry, Tallies.Tally tally) {
    long day = Dates.inPath(entry.path());
    if (day != Dates.NONE) {
      tally.date(day);
    }
  }

  private Tallies.Tally tally(String name, String where) {
    return tallies.tally(name, Reason.TOO_MANY_ENTRIES, where);
  }
}
