package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.ZoomScan;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a Zoom reply: a ZIP archive (read only through the {@link SafeArchive}, nested archives
 * included) holding a mix of CSV reports, VTT transcripts, TXT chats, JSON metadata and media
 * files, into an {@link ExportReading} of {@link Generation#ZOOM}. Each file is read as a stream by
 * its extension:
 *
 * <ul>
 *   <li>{@code .csv}: a report, the category named by the file without extension ({@code
 *       Meetings}); its rows after the header are records, dated by the columns whose header names
 *       a date or time; a row with more or fewer fields than the header is a broken record;
 *   <li>{@code .vtt}: a transcript ({@code WEBVTT}); its cues are records, their timings checked;
 *   <li>{@code .txt}: a saved chat; its messages ({@code 10:15:30 From Alice to Everyone: …}) are
 *       records, a message's further lines are not;
 *   <li>{@code .json}: metadata; objects in its lists are records, as in a TikTok export;
 *   <li>media ({@code .mp4}, {@code .m4a}, {@code .mp3}, {@code .wav}, {@code .jpg}, {@code .png},
 *       …): counted (files and bytes), never parsed.
 * </ul>
 *
 * Transcripts, chats and media are counted in the category of their first folder ({@code
 * Recordings}), or, at the archive's root, in {@code Transcripts}, {@code Chat} or {@code Media};
 * they are dated by a date in their path ({@code 2021-03-01 10.15.30 …}, {@code GMT20210301-…}).
 * Any other file (a {@code .docx}, a text that is not a chat, a {@code .vtt} without its {@code
 * WEBVTT} line) is counted in {@link ExportReading#UNREAD_FILES}, never dropped. Values (names,
 * e-mail addresses, chat text) are never kept nor logged. Details in {@code docs/replies.md}.
 */
public final class ZoomReplyReader {
  private final SafeArchive archive;

  private ZoomReplyReader(Builder builder) {
    this.archive = Objects.requireNonNull(builder.archive, "archive");
  }

  /** A builder; {@link Builder#archive} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the reply archive to its end. The source is not closed.
   *
   * @param archiveName the archive's name for messages (control characters are replaced)
   * @throws RejectedReplyException if the archive is refused (see {@link SafeArchive}), a CSV
   *     report is not well-formed ({@code MALFORMED_CSV}) or has a field longer than the reader's
   *     limit ({@code OVERSIZED_FIELD}), a JSON file is not well-formed ({@code MALFORMED_JSON}),
   *     each naming the archive and the entry's position, never its name or content
   * @throws eu.inzage.core.StorageException if the source fails to read
   */
  public ExportReading readArchive(String archiveName, InputStream zip) {
    ZoomScan scan = new ZoomScan(archiveName);
    archive.read(archiveName, zip, scan::file);
    return scan.reading();
  }

  /** Builds a {@link ZoomReplyReader}. */
  public static final class Builder {
    private SafeArchive archive;

    private Builder() {}

    /** The archive reader (its limits apply). */
    public Builder archive(SafeArchive archive) {
      this.archive = archive;
      return this;
    }

    /** The reader; fails if the archive reader is missing. */
    public ZoomReplyReader build() {
      return new ZoomReplyReader(this);
    }
  }
}
