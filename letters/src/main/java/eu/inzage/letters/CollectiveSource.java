package eu.inzage.letters;

import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.internal.collective.ParticipantLines;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The participants of a collective letter, read twice: once to check every entry and count them (so
 * that a bad entry stops the letter before anything is written, and every volume can say "n of N"),
 * and once to render them. Both passes stream: no more than one volume is ever held. Both passes
 * must see the same entries; a source that reads a file does so from one snapshot, and {@link
 * #close()} releases it (use try-with-resources).
 */
public interface CollectiveSource extends AutoCloseable {
  /**
   * Checks every entry and counts them.
   *
   * @throws eu.inzage.core.InvalidInputException naming each bad entry's field, e.g. {@code
   *     participants.17.name} (17 is the line number of a JSON Lines file)
   */
  long count();

  /**
   * The entries in order, the same that {@link #count()} checked; the caller must exhaust or
   * abandon the iterator.
   */
  Iterator<CollectiveEntry> entries();

  /**
   * The path by which an error names the entry at a position (1 for the first entry the iterator
   * gives), such as {@code participants.17}: by default the position; a JSON Lines file gives the
   * entry's line number, so that a problem found while rendering (a signature image that does not
   * decode) points at the line to mend. Valid after {@link #count()}.
   */
  default String path(long position) {
    return "participants." + position;
  }

  /**
   * Releases what the source holds between the passes (a snapshot of its file); the source may be
   * counted and read again afterwards. Does nothing by default.
   */
  @Override
  default void close() {}

  /**
   * Participants in a JSON Lines file (UTF-8, one JSON object per line, blank lines ignored, a
   * byte-order mark at the start tolerated): each line is a participant (the participant JSON of
   * {@code docs/formats.md#participant}), or {@code {"participant": {...}, "facts": {...}}} with
   * the mandate's signature, the request's dates and the missing Art. 15 items. {@link #count()}
   * copies the file to a private snapshot (owner-only, without a name on disk where the system
   * allows) and both passes read that copy, so that a file changed while the letter is written
   * cannot bring in an entry that was never checked; close the source to release the copy.
   */
  static CollectiveSource jsonLines(Path file, ModelValidator validator) {
    return new ParticipantLines(
        Objects.requireNonNull(file, "file"), Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Entries produced by code (trusted input, e.g. generated or read from the request store); the
   * supplier must give the same entries each time it is called.
   */
  static CollectiveSource of(Supplier<Iterator<CollectiveEntry>> entries) {
    Objects.requireNonNull(entries, "entries");
    return new CollectiveSource() {
      @Override
      public long count() {
        long n = 0;
        for (Iterator<CollectiveEntry> it = entries.get(); it.hasNext(); it.next()) {
          n++;
        }
        return n;
      }

      @Override
      public Iterator<CollectiveEntry> entries() {
        return entries.get();
      }
    };
  }
}
