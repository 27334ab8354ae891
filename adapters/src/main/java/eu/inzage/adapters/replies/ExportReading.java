package eu.inzage.adapters.replies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export holds, without any of its values: its kind, its categories in the order of first
 * appearance (a section that appears twice is merged into one), and what of it could not be read.
 * Holds no values of the export (only the names the controller gave its sections and files, counts
 * and dates).
 *
 * @param generation the export's kind and generation
 * @param categories the categories, each once
 * @param unparseableDates record dates present but in no format the reader knows ({@code null} and
 *     empty dates are not counted)
 * @param brokenRecords records present but not readable as the file's format has them (a CSV row
 *     with more or fewer fields than its header, a transcript cue with an unreadable timing, a TXT
 *     block without any {@code Key: value} line); each is counted in its category's records too
 * @param unreadFiles files the reader does not know, counted in the category {@value #UNREAD_FILES}
 *     and not read
 * @param mediaFiles media files (recordings, images), counted in their categories and not read
 * @param mediaBytes the bytes of the media files
 */
public record ExportReading(
    Generation generation,
    List<Category> categories,
    long unparseableDates,
    long brokenRecords,
    long unreadFiles,
    long mediaFiles,
    long mediaBytes) {
  /** The category of the files a reader does not know. */
  public static final String UNREAD_FILES = "(unread files)";

  /** Checks the values; makes the list immutable. */
  public ExportReading {
    Objects.requireNonNull(generation, "generation");
    categories = List.copyOf(categories);
    if (unparseableDates < 0
        || brokenRecords < 0
        || unreadFiles < 0
        || mediaFiles < 0
        || mediaBytes < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** A reading of a file that has no media, no unread files and no broken records. */
  public ExportReading(Generation generation, List<Category> categories, long unparseableDates) {
    this(generation, categories, unparseableDates, 0, 0, 0, 0);
  }

  /** The category of the given name, if the export has it. */
  public Optional<Category> category(String name) {
    return categories.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
