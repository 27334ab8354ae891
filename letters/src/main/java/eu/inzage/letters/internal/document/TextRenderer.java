package eu.inzage.letters.internal.document;

import java.util.List;

/**
 * Renders a letter as plain text for e-mail bodies and web forms: paragraphs on one line each (the
 * reader's software wraps them), list items on their own lines, blank lines between blocks.
 */
public final class TextRenderer {
  private TextRenderer() {}

  /**
   * What separates a label from its value: French typography puts a narrow no-break space (U+202F)
   * before the colon, as the mandate's text does; the other languages no space.
   */
  static String colon(String language) {
    return "fr".equals(language) ? "\u202f: " : ": ";
  }

  /** The whole letter as text. */
  public static String render(LetterDocument doc) {
    String colon = colon(doc.language());
    StringBuilder out = new StringBuilder();
    line(out, doc.subject());
    out.append('\n');
    for (LetterDocument.Field field : doc.info()) {
      line(out, field.label() + colon + field.value());
    }
    if (!doc.recipient().isEmpty()) {
      out.append('\n');
      for (String r : doc.recipient()) {
        line(out, r);
      }
    }
    out.append('\n');
    if (doc.salutation() != null) {
      line(out, doc.salutation());
      out.append('\n');
    }
    body(out, doc.body(), colon);
    if (doc.closing() != null) {
      line(out, doc.closing());
      out.append('\n');
    }
    signature(out, doc.signature());
    if (doc.fingerprint() != null) {
      line(out, doc.fingerprint());
      out.append('\n');
    }
    list(out, doc.enclosuresLabel(), doc.enclosures(), colon);
    list(out, doc.ccLabel(), doc.cc(), colon);
    String text = out.toString();
    return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Only the body blocks, as text (used for the fingerprint of a mandate): the canonical form, with
   * a colon after a label in every language.
   */
  public static String body(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    body(out, blocks, ": ");
    return out.toString();
  }

  private static void body(StringBuilder out, List<Block> blocks, String colon) {
    Block previous = null;
    for (Block block : blocks) {
      boolean tight =
          (block instanceof Block.Bullet && previous instanceof Block.Bullet)
              || (block instanceof Block.Field && previous instanceof Block.Field);
      if (previous != null && !tight) {
        out.append('\n');
      }
      if (block instanceof Block.Paragraph p) {
        line(out, p.text());
      } else if (block instanceof Block.Bullet b) {
        line(out, "- " + b.text());
      } else if (block instanceof Block.Heading h) {
        line(out, h.text());
      } else if (block instanceof Block.Field f) {
        line(out, f.label() + colon + f.value());
      } else if (block instanceof Block.Table t) {
        table(out, t);
      } else if (block instanceof Block.PageBreak) {
        line(out, "----------------------------------------");
      } else if (block instanceof Block.Signed s) {
        if (s.closing() != null) {
          line(out, s.closing());
          out.append('\n');
        }
        signature(out, s.signature());
        if (s.fingerprint() != null) {
          line(out, s.fingerprint());
        }
      }
      previous = block;
    }
    if (previous != null) {
      out.append('\n');
    }
  }

  private static void signature(StringBuilder out, Signature signature) {
    if (signature == null) {
      return;
    }
    if (signature.typed() != null) {
      line(out, signature.typed());
    } else if (signature.signLine() != null) {
      line(out, "______________________________");
      line(out, signature.signLine());
    }
    for (String s : signature.lines()) {
      line(out, s);
    }
    for (String s : signature.audit()) {
      line(out, s);
    }
    out.append('\n');
  }

  /** A table as one line per row, cells separated by " | ", a cell's lines joined by "; ". */
  private static void table(StringBuilder out, Block.Table table) {
    line(out, String.join(" | ", table.headers()));
    for (List<String> row : table.rows()) {
      StringBuilder b = new StringBuilder();
      for (String cell : row) {
        if (b.length() > 0) {
          b.append(" | ");
        }
        b.append(cell == null ? "" : cell.replace("\n", "; "));
      }
      line(out, b.toString());
    }
  }

  private static void list(StringBuilder out, String label, List<String> items, String colon) {
    if (items.isEmpty()) {
      return;
    }
    line(out, label + colon.stripTrailing());
    for (String item : items) {
      line(out, "- " + item);
    }
    out.append('\n');
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
