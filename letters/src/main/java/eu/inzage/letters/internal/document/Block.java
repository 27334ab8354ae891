package eu.inzage.letters.internal.document;

import java.util.List;

/** One block of a letter's body, laid out the same way in PDF and plain text. */
public sealed interface Block
    permits Block.Paragraph,
        Block.Bullet,
        Block.Heading,
        Block.Field,
        Block.Table,
        Block.PageBreak,
        Block.Signed {
  /** Running text, wrapped. */
  record Paragraph(String text) implements Block {}

  /** A list item with a hanging indent. */
  record Bullet(String text) implements Block {}

  /** A bold heading kept with what follows. */
  record Heading(String text) implements Block {}

  /** A labelled value in two columns. */
  record Field(String label, String value) implements Block {}

  /**
   * A table whose header row is repeated on every page it spans; a cell may hold several lines
   * separated by {@code \n}.
   *
   * @param headers the column headings
   * @param widths the relative column widths, one per column
   * @param rows the rows, each with one cell per column
   */
  record Table(List<String> headers, List<Integer> widths, List<List<String>> rows)
      implements Block {
    /** Copies the lists and checks that every row has a cell per column. */
    public Table {
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      rows = List.copyOf(rows);
      if (widths.size() != headers.size()) {
        throw new IllegalArgumentException("one width per column");
      }
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("one cell per column");
        }
      }
    }
  }

  /** The next block starts on a new page (e.g. a document bundled behind a letter). */
  record PageBreak() implements Block {}

  /**
   * A closing phrase and signature block inside the body (a bundled mandate's own signature).
   *
   * @param closing the closing phrase, or null
   * @param signature the signature
   * @param fingerprint the line after the signature, or null
   */
  record Signed(String closing, Signature signature, String fingerprint) implements Block {}
}
