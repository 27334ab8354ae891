package eu.inzage.letters.internal.template;

/** Receives the parts of a letter as a template renders them, already filled in with data. */
public interface TemplateSink {
  /** A directive with one line of text: subject, salutation, closing, heading, enclosure, cc. */
  void directive(String name, String text);

  /** A labelled value ({@code @field Label | value}). */
  void field(String label, String value);

  /** One list item. */
  void bullet(String text);

  /** One line of running text, joined with its neighbours into a paragraph. */
  void text(String line);

  /** The end of a paragraph (a blank line). */
  void paragraphBreak();
}
