package eu.inzage.letters.internal.document;

/** One block of a letter's body, laid out the same way in PDF and plain text. */
public sealed interface Block permits Block.Paragraph, Block.Bullet, Block.Heading, Block.Field {
  /** Running text, wrapped. */
  record Paragraph(String text) implements Block {}

  /** A list item with a hanging indent. */
  record Bullet(String text) implements Block {}

  /** A bold heading kept with what follows. */
  record Heading(String text) implements Block {}

  /** A labelled value in two columns. */
  record Field(String label, String value) implements Block {}
}
