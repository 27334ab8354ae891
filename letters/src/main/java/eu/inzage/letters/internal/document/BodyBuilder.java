package eu.inzage.letters.internal.document;

import eu.inzage.letters.internal.template.TemplateSink;
import java.util.ArrayList;
import java.util.List;

/** Collects what a template renders: the directives and the body blocks. */
public final class BodyBuilder implements TemplateSink {
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> enclosures = new ArrayList<>();
  private final List<String> cc = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private String subject;
  private String salutation;
  private String closing;

  @Override
  public void directive(String name, String text) {
    flush();
    switch (name) {
      case "subject" -> subject = text;
      case "salutation" -> salutation = text;
      case "closing" -> closing = text;
      case "heading" -> blocks.add(new Block.Heading(text));
      case "enclosure" -> enclosures.add(text);
      case "cc" -> cc.add(text);
      default -> throw new IllegalStateException("unknown directive " + name);
    }
  }

  @Override
  public void field(String label, String value) {
    flush();
    blocks.add(new Block.Field(label, value));
  }

  @Override
  public void bullet(String text) {
    flush();
    blocks.add(new Block.Bullet(text));
  }

  @Override
  public void text(String line) {
    // a line starting with punctuation continues the previous word (after an @if block)
    if (paragraph.length() > 0 && !line.isEmpty() && ",.;:)".indexOf(line.charAt(0)) < 0) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  @Override
  public void paragraphBreak() {
    flush();
  }

  private void flush() {
    if (paragraph.length() > 0) {
      blocks.add(new Block.Paragraph(paragraph.toString()));
      paragraph.setLength(0);
    }
  }

  /** The body blocks collected so far. */
  public List<Block> blocks() {
    flush();
    return List.copyOf(blocks);
  }

  /** The subject line, or null. */
  public String subject() {
    return subject;
  }

  /** The salutation, or null. */
  public String salutation() {
    return salutation;
  }

  /** The closing phrase, or null. */
  public String closing() {
    return closing;
  }

  /** The enclosures. */
  public List<String> enclosures() {
    return List.copyOf(enclosures);
  }

  /** Who receives a copy. */
  public List<String> cc() {
    return List.copyOf(cc);
  }
}
