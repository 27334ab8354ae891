package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.Labels;
import eu.inzage.adapters.internal.replies.TikTokJsonScan;
import eu.inzage.adapters.internal.replies.TikTokTxtScan;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads TikTok's "Download your data" export in JSON, of either generation ({@link
 * Generation#CURRENT}, {@link Generation#LEGACY}), or in TXT ({@link Generation#TXT}), with a
 * streaming parser (memory does not grow with the file) into an {@link ExportReading}: the
 * categories with their record counts and date ranges. The values themselves (user name, e-mail
 * address, birth date, messages) are skipped, never kept nor logged. Tolerates two or more date
 * formats, empty values written as {@code null}, {@code []} or {@code {}}, sections that appear
 * twice and names with stray colons (see {@code docs/replies.md}).
 */
public final class TikTokExportReader {
  /** The file names of the export in an archive: current generation, then legacy. */
  public static final String CURRENT_FILE = "user_data_tiktok.json";

  /** The legacy generation's file name. */
  public static final String LEGACY_FILE = "user_data.json";

  private final SafeArchive archive;

  private TikTokExportReader(Builder builder) {
    this.archive = Objects.requireNonNull(builder.archive, "archive");
  }

  /** A builder; {@link Builder#archive} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one export file. The source is not closed.
   *
   * @param fileName the file's name for messages (control characters are replaced)
   * @throws RejectedReplyException ({@code MALFORMED_JSON}) if the file is not well-formed JSON or
   *     not a JSON object, naming the file and the line and column
   * @throws eu.inzage.core.StorageException if the source fails to read
   */
  public ExportReading read(String fileName, InputStream json) {
    Objects.requireNonNull(json, "json");
    return new TikTokJsonScan().read(fileName, json);
  }

  /**
   * Reads the export out of a ZIP archive read by the {@link SafeArchive}: the JSON export file
   * ({@value #CURRENT_FILE} or {@value #LEGACY_FILE}, at any depth, also in a nested archive), or,
   * if the archive holds none, the TXT export ({@link Generation#TXT}): each {@code .txt} file of
   * {@code Key: value} blocks a category named by its folder and file ({@code Activity/Login
   * History}), its blocks the records, dated by their {@code Date:} or {@code Time:} line; other
   * files of a TXT export are counted in {@link ExportReading#UNREAD_FILES}.
   *
   * @throws RejectedReplyException if the archive is refused, holds more than one JSON export file,
   *     or neither a JSON export file nor a {@code .txt} file of the TXT export ({@code
   *     NO_EXPORT}), or the JSON file is not well-formed
   */
  public ExportReading readArchive(String archiveName, InputStream zip) {
    ExportReading[] found = new ExportReading[1];
    int[] count = new int[1];
    TikTokTxtScan txt = new TikTokTxtScan();
    archive.read(
        archiveName,
        zip,
        (entry, content) -> {
          String file = entry.fileName().toLowerCase(Locale.ROOT);
          if (found[0] == null && file.endsWith(".txt")) {
            txt.txt(archiveName, entry, content);
          } else if (found[0] == null && !file.equals(CURRENT_FILE) && !file.equals(LEGACY_FILE)) {
            txt.other(archiveName, entry);
          }
          if (file.equals(CURRENT_FILE) || file.equals(LEGACY_FILE)) {
            count[0]++;
            if (count[0] > 1) {
              throw new RejectedReplyException(
                  RejectedReplyException.Reason.NO_EXPORT,
                  "the archive holds more than one TikTok export file (entry "
                      + entry.position()
                      + ")");
            }
            found[0] =
                new TikTokJsonScan().read(archiveName + " entry " + entry.position(), content);
          }
        });
    if (found[0] == null && txt.found()) {
      return txt.reading();
    }
    if (found[0] == null) {
      throw new RejectedReplyException(
          RejectedReplyException.Reason.NO_EXPORT,
          "the archive holds no "
              + CURRENT_FILE
              + " nor "
              + LEGACY_FILE
              + " nor TXT export ("
              + Labels.safe(archiveName)
              + ")");
    }
    return found[0];
  }

  /** Builds a {@link TikTokExportReader}. */
  public static final class Builder {
    private SafeArchive archive;

    private Builder() {}

    /** The archive reader for {@link #readArchive} (its limits apply). */
    public Builder archive(SafeArchive archive) {
      this.archive = archive;
      return this;
    }

    /** The reader; fails if the archive reader is missing. */
    public TikTokExportReader build() {
      return new TikTokExportReader(this);
    }
  }
}
