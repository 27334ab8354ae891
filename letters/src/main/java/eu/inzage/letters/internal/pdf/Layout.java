package eu.inzage.letters.internal.pdf;

import eu.inzage.letters.internal.document.Block;
import eu.inzage.letters.internal.document.LetterDocument;
import eu.inzage.letters.internal.document.Signature;
import eu.inzage.letters.internal.document.SignatureImage;
import eu.inzage.letters.internal.template.Scope;
import eu.inzage.letters.internal.template.Segments;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a letter out on A4 pages as a DIN 5008 (form B) business letter: letterhead, the return line
 * and recipient in the window of a C5/6 or DL envelope ({@link EnvelopeWindow}: 20 mm from the
 * left, 45 mm from the top), the information block with reference and date on the right, fold and
 * punch marks, the subject, wrapped body text, a signature block kept on one page, enclosures, and
 * "page x of y" footers on letters of more than one page.
 */
final class Layout {
  static final float MM = 72f / 25.4f;
  static final float PAGE_W = 210 * MM;
  static final float PAGE_H = 297 * MM;
  private static final float LEFT = EnvelopeWindow.TEXT_LEFT_MM * MM;
  private static final float RIGHT = PAGE_W - 20 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float BOTTOM = 22 * MM;
  private static final float SIZE = 10f;
  private static final float LEADING = 13.4f;
  private static final float INFO_X = 125 * MM;
  private static final float WINDOW_W = EnvelopeWindow.TEXT_WIDTH_MM * MM;
  private static final float TEXT_GRAY = 0f;
  private static final float SOFT_GRAY = 0.35f;

  /** The most combining marks in a row that the page normalises (UAX #15's stream-safe limit). */
  static final int MAX_COMBINING_RUN = 30;

  private final LetterDocument doc;
  private final FontUse regular;
  private final FontUse bold;
  private final List<List<Op>> pages = new ArrayList<>();
  private List<Op> page;
  private float y;
  private boolean recipientInWindow = true;

  Layout(LetterDocument doc, FontUse regular, FontUse bold) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
  }

  private static float top(float mm) {
    return PAGE_H - mm * MM;
  }

  /** Lays out the whole letter; the fonts have seen every glyph when this returns. */
  List<List<Op>> layout() {
    firstPage();
    if (doc.salutation() != null) {
      paragraph(doc.salutation());
    }
    Block previous = null;
    for (Block block : doc.body()) {
      if (previous instanceof Block.Bullet && !(block instanceof Block.Bullet)) {
        y -= 3;
      }
      if (previous instanceof Block.Field && !(block instanceof Block.Field)) {
        y -= 4;
      }
      block(block);
      previous = block;
    }
    if (previous instanceof Block.Bullet || previous instanceof Block.Field) {
      y -= 4;
    }
    signature(doc.closing(), doc.signature(), doc.fingerprint());
    list(doc.enclosuresLabel(), doc.enclosures());
    list(doc.ccLabel(), doc.cc());
    footers();
    return pages;
  }

  /**
   * Whether the recipient's lines, as laid out, end inside the envelope window field (true for a
   * document without recipient); known once {@link #layout()} has run.
   */
  boolean recipientInWindow() {
    return recipientInWindow;
  }

  private void firstPage() {
    page = new ArrayList<>();
    pages.add(page);
    float ly = top(20);
    for (String line : wrap(bold, 14, doc.letterhead(), WIDTH)) {
      run(bold, 14, LEFT, ly, line, TEXT_GRAY);
      ly -= 17;
    }
    if (!doc.letterheadNote().isEmpty()) {
      for (String line : wrap(regular, 8.5f, doc.letterheadNote(), WIDTH)) {
        run(regular, 8.5f, LEFT, ly + 4, line, SOFT_GRAY);
        ly -= 11;
      }
    }
    float ruleY = Math.min(ly + 2, top(31));
    page.add(new Op.Rule(LEFT, ruleY, RIGHT, ruleY, 0.6f, 0.55f));
    // fold marks (105 mm and 210 mm, form B) and the punch mark (148.5 mm)
    page.add(new Op.Rule(4 * MM, top(105), 8 * MM, top(105), 0.4f, 0.5f));
    page.add(new Op.Rule(4 * MM, top(210), 8 * MM, top(210), 0.4f, 0.5f));
    page.add(new Op.Rule(4 * MM, top(148.5f), 10 * MM, top(148.5f), 0.4f, 0.5f));

    float windowBottom = top(EnvelopeWindow.TOP_MM);
    if (!doc.recipient().isEmpty()) {
      float ry = top(EnvelopeWindow.RETURN_LINE_MM);
      if (!doc.returnLine().isEmpty()) {
        List<String> back = wrap(regular, 6.5f, doc.returnLine(), WINDOW_W);
        for (String line : back.subList(0, Math.min(2, back.size()))) {
          run(regular, 6.5f, LEFT, ry, line, SOFT_GRAY);
          ry -= 8;
        }
        page.add(new Op.Rule(LEFT, ry + 5, LEFT + WINDOW_W, ry + 5, 0.3f, 0.6f));
      }
      ry = Math.min(ry - 6, top(EnvelopeWindow.RECIPIENT_MM));
      for (String entry : doc.recipient()) {
        for (String line : wrap(regular, SIZE, entry, WINDOW_W)) {
          run(regular, SIZE, LEFT, ry, line, TEXT_GRAY);
          ry -= 12.2f;
        }
      }
      windowBottom = ry;
      // the last line's descenders (about a quarter of the size) must stay above the field's edge
      recipientInWindow =
          ry + 12.2f - 0.25f * SIZE >= top(EnvelopeWindow.TOP_MM + EnvelopeWindow.HEIGHT_MM);
    }
    float iy = top(doc.recipient().isEmpty() ? 40 : 49);
    float infoWidth = RIGHT - INFO_X;
    for (String entry : doc.sender()) {
      for (String line : wrap(regular, 8f, entry, infoWidth)) {
        run(regular, 8f, INFO_X, iy, line, 0.2f);
        iy -= 10;
      }
    }
    iy -= 6;
    for (LetterDocument.Field field : doc.info()) {
      for (String line : wrap(regular, 7f, field.label(), infoWidth)) {
        run(regular, 7f, INFO_X, iy, line, SOFT_GRAY);
        iy -= 9;
      }
      for (String line : wrap(regular, 9f, field.value(), infoWidth)) {
        run(regular, 9f, INFO_X, iy, line, TEXT_GRAY);
        iy -= 11;
      }
      iy -= 3;
    }
    float subjectTop = doc.recipient().isEmpty() ? top(40) : top(98.5f);
    y = Math.min(subjectTop, Math.min(windowBottom, iy) - 8 * MM);
    List<String> subject = wrap(bold, 11.5f, doc.subject(), WIDTH);
    for (String line : subject) {
      run(bold, 11.5f, LEFT, y, line, TEXT_GRAY);
      y -= 15;
    }
    y -= 9;
  }

  private void newPage() {
    page = new ArrayList<>();
    pages.add(page);
    String header = doc.letterhead();
    if (!doc.info().isEmpty()) {
      header += " \u00b7 " + doc.info().get(0).value();
    }
    List<String> lines = wrap(regular, 7.5f, header, WIDTH);
    run(regular, 7.5f, LEFT, top(14), lines.get(0), SOFT_GRAY);
    page.add(new Op.Rule(LEFT, top(16), RIGHT, top(16), 0.4f, 0.6f));
    y = top(25);
  }

  private void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void block(Block block) {
    if (block instanceof Block.Paragraph p) {
      paragraph(p.text());
    } else if (block instanceof Block.Bullet b) {
      float indent = 6 * MM;
      List<String> lines = wrap(regular, SIZE, b.text(), WIDTH - indent);
      ensure(Math.min(lines.size(), 2) * LEADING);
      run(regular, SIZE, LEFT + 1.5f * MM, y, "\u2022", TEXT_GRAY);
      for (String line : lines) {
        ensure(LEADING);
        run(regular, SIZE, LEFT + indent, y, line, TEXT_GRAY);
        y -= LEADING;
      }
      y -= 2;
    } else if (block instanceof Block.Heading h) {
      y -= 4;
      List<String> lines = wrap(bold, 10.5f, h.text(), WIDTH);
      ensure((lines.size() + 3) * LEADING);
      for (String line : lines) {
        run(bold, 10.5f, LEFT, y, line, TEXT_GRAY);
        y -= LEADING + 1;
      }
      y -= 1;
    } else if (block instanceof Block.Field f) {
      float labelWidth = 60 * MM;
      List<String> labels = wrap(regular, 9f, f.label(), labelWidth - 3 * MM);
      List<String> values = wrap(regular, SIZE, f.value(), WIDTH - labelWidth);
      int rows = Math.max(labels.size(), values.size());
      ensure(Math.min(rows, 4) * LEADING);
      for (int i = 0; i < rows; i++) {
        ensure(LEADING);
        if (i < labels.size()) {
          run(regular, 9f, LEFT, y, labels.get(i), SOFT_GRAY);
        }
        if (i < values.size()) {
          run(regular, SIZE, LEFT + labelWidth, y, values.get(i), TEXT_GRAY);
        }
        y -= LEADING;
      }
      y -= 1;
    } else if (block instanceof Block.Table t) {
      table(t);
    } else if (block instanceof Block.PageBreak) {
      newPage();
    } else if (block instanceof Block.Signed s) {
      y -= 6;
      signature(s.closing(), s.signature(), s.fingerprint());
    }
  }

  /** A table: each row kept on one page, the header row repeated on every page. */
  private void table(Block.Table table) {
    int columns = table.headers().size();
    float total = 0;
    for (int w : table.widths()) {
      total += w;
    }
    float size = 8.5f;
    float[] x = new float[columns];
    float[] width = new float[columns];
    for (int i = 0; i < columns; i++) {
      width[i] = WIDTH * table.widths().get(i) / total;
    }
    fitHeaders(table.headers(), width, size);
    float at = LEFT;
    for (int i = 0; i < columns; i++) {
      x[i] = at;
      at += width[i];
    }
    float leading = 10.5f;
    ensure(3 * leading);
    tableRow(table.headers(), x, width, bold, size, leading);
    for (List<String> row : table.rows()) {
      List<List<String>> cells = cells(row, width, size);
      int lines = 0;
      for (List<String> cell : cells) {
        lines = Math.max(lines, cell.size());
      }
      if (y - lines * leading - 3 < BOTTOM) {
        newPage();
        tableRow(table.headers(), x, width, bold, size, leading);
      }
      float rowTop = y;
      for (int c = 0; c < columns; c++) {
        float ly = rowTop;
        for (String line : cells.get(c)) {
          run(regular, size, x[c], ly, line, TEXT_GRAY);
          ly -= leading;
        }
      }
      y = rowTop - lines * leading;
      page.add(new Op.Rule(LEFT, y + leading - 3, RIGHT, y + leading - 3, 0.3f, 0.75f));
      y -= 3;
    }
    y -= 6;
  }

  /**
   * Widens the columns whose header has a word wider than the column, taking the width from the
   * columns with room to spare, so that no header breaks inside a word ("Tage verspätet" in a
   * narrow column). When the headers' words cannot all fit, the widths stay as given.
   */
  private void fitHeaders(List<String> headers, float[] width, float size) {
    float[] need = new float[width.length];
    float needed = 0;
    for (int c = 0; c < width.length; c++) {
      for (String word : clean(headers.get(c)).split(" ", -1)) {
        need[c] = Math.max(need[c], bold.width(word, size) + 2 * MM + 0.5f);
      }
      needed += need[c];
    }
    if (needed > WIDTH) {
      return;
    }
    float deficit = 0;
    float spare = 0;
    for (int c = 0; c < width.length; c++) {
      if (width[c] < need[c]) {
        deficit += need[c] - width[c];
      } else {
        spare += width[c] - need[c];
      }
    }
    if (deficit == 0) {
      return;
    }
    for (int c = 0; c < width.length; c++) {
      width[c] = width[c] < need[c] ? need[c] : width[c] - (width[c] - need[c]) * deficit / spare;
    }
  }

  private void tableRow(
      List<String> texts, float[] x, float[] width, FontUse font, float size, float leading) {
    int lines = 0;
    for (int c = 0; c < texts.size(); c++) {
      List<String> cell = wrap(font, size, texts.get(c), width[c] - 2 * MM);
      for (int i = 0; i < cell.size(); i++) {
        run(font, size, x[c], y - i * leading, cell.get(i), TEXT_GRAY);
      }
      lines = Math.max(lines, cell.size());
    }
    y -= lines * leading;
    page.add(new Op.Rule(LEFT, y + leading - 3, RIGHT, y + leading - 3, 0.6f, 0.4f));
    y -= 3;
  }

  private List<List<String>> cells(List<String> row, float[] width, float size) {
    List<List<String>> cells = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      List<String> lines = new ArrayList<>();
      String text = row.get(c) == null ? "" : row.get(c);
      for (String part : text.split("\n", -1)) {
        lines.addAll(wrap(regular, size, part, width[c] - 2 * MM));
      }
      cells.add(lines);
    }
    return cells;
  }

  private void paragraph(String text) {
    List<String> lines = wrap(regular, SIZE, text, WIDTH);
    ensure(Math.min(lines.size(), 2) * LEADING);
    for (int i = 0; i < lines.size(); i++) {
      // keep the last two lines of a paragraph together
      ensure(i == lines.size() - 2 ? 2 * LEADING : LEADING);
      run(regular, SIZE, LEFT, y, lines.get(i), TEXT_GRAY);
      y -= LEADING;
    }
    y -= 5;
  }

  private void signature(String closingText, Signature signature, String fingerprint) {
    List<String> closing =
        closingText == null ? List.of() : wrap(regular, SIZE, closingText, WIDTH);
    SignatureImage image = signature == null ? null : signature.image();
    float area = 16 * MM;
    List<String> typed =
        signature == null || image != null || signature.typed() == null
            ? List.of()
            : wrap(bold, 13, signature.typed(), WIDTH);
    float height = closing.size() * LEADING + area + 12 + Math.max(0, typed.size() - 1) * 16;
    if (signature != null) {
      height += signature.lines().size() * LEADING + signature.audit().size() * 10;
    }
    ensure(Math.min(height, PAGE_H / 2));
    for (String line : closing) {
      run(regular, SIZE, LEFT, y, line, TEXT_GRAY);
      y -= LEADING;
    }
    if (signature == null) {
      return;
    }
    if (image != null) {
      float scale = Math.min(55 * MM / image.width(), area / image.height());
      float w = image.width() * scale;
      float h = image.height() * scale;
      page.add(new Op.Picture(image, LEFT, y - h, w, h));
      y -= area + 4;
    } else if (signature.typed() != null) {
      y -= area - 18;
      for (String line : typed) {
        run(bold, 13, LEFT, y, line, 0.1f);
        y -= 16;
      }
      page.add(new Op.Rule(LEFT, y + 10, LEFT + 70 * MM, y + 10, 0.5f, 0.4f));
      y -= 2;
    } else if (signature.signLine() != null) {
      y -= area;
      page.add(new Op.Rule(LEFT, y, LEFT + 80 * MM, y, 0.5f, 0.3f));
      y -= 9;
      run(
          regular,
          7.5f,
          LEFT,
          y,
          wrap(regular, 7.5f, signature.signLine(), WIDTH).get(0),
          SOFT_GRAY);
      y -= LEADING;
    } else {
      y -= area - 6;
    }
    for (String entry : signature.lines()) {
      for (String line : wrap(regular, SIZE, entry, WIDTH)) {
        ensure(LEADING);
        run(regular, SIZE, LEFT, y, line, TEXT_GRAY);
        y -= LEADING;
      }
    }
    if (!signature.audit().isEmpty()) {
      y -= 3;
      for (String entry : signature.audit()) {
        for (String line : wrap(regular, 7.5f, entry, WIDTH)) {
          ensure(10);
          run(regular, 7.5f, LEFT, y, line, SOFT_GRAY);
          y -= 10;
        }
      }
    }
    if (fingerprint != null) {
      y -= 4;
      for (String line : wrap(regular, 7.5f, fingerprint, WIDTH)) {
        ensure(10);
        run(regular, 7.5f, LEFT, y, line, SOFT_GRAY);
        y -= 10;
      }
    }
  }

  private void list(String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    y -= 10;
    ensure(2 * LEADING);
    run(bold, 9f, LEFT, y, wrap(bold, 9f, label, WIDTH).get(0), TEXT_GRAY);
    y -= 12;
    for (String item : items) {
      for (String line : wrap(regular, 9f, "\u2013 " + item, WIDTH)) {
        ensure(12);
        run(regular, 9f, LEFT, y, line, TEXT_GRAY);
        y -= 12;
      }
    }
  }

  private void footers() {
    int count = pages.size();
    if (count < 2) {
      return;
    }
    Segments pattern = Segments.parse(doc.pagePattern(), "page pattern");
    for (int i = 0; i < count; i++) {
      String text =
          pattern.render(
              Scope.root("page pattern")
                  .put("page", Integer.toString(i + 1))
                  .put("pages", Integer.toString(count)));
      page = pages.get(i);
      float width = regular.width(clean(text), 8f);
      run(regular, 8f, RIGHT - width, 12 * MM, text, SOFT_GRAY);
    }
  }

  private void run(FontUse font, float size, float x, float atY, String text, float gray) {
    String clean = clean(text);
    if (clean.isEmpty()) {
      return;
    }
    font.use(clean);
    page.add(new Op.Run(font, size, x, atY, clean, gray));
  }

  /**
   * NFC-normalised text with control characters turned into spaces and soft hyphens removed. A run
   * of more than {@value #MAX_COMBINING_RUN} combining marks is cut to that many first (Unicode's
   * stream-safe format, UAX #15), so that normalisation stays linear in the length of the text;
   * validated input never has such runs.
   */
  static String clean(String text) {
    String s = Drawable.nfc(streamSafe(text));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD) {
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          char d = s.charAt(j);
          if (d == 0xAD) {
            continue;
          }
          b.append(d < 0x20 || (d >= 0x7F && d < 0xA0) ? ' ' : d);
        }
        return b.toString();
      }
    }
    return s;
  }

  /** The text with no more than 30 combining marks in a row; the text itself when it has none. */
  static String streamSafe(String text) {
    StringBuilder out = null;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK;
      run = mark ? run + 1 : 0;
      if (run > MAX_COMBINING_RUN) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(text, i, i + n);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Greedy line breaking at spaces; a word wider than the line is broken between characters. Each
   * character is measured a bounded number of times, so the work is linear in the text's length.
   */
  static List<String> wrap(FontUse font, float size, String text, float width) {
    List<String> lines = new ArrayList<>();
    String clean = clean(text);
    float space = font.width(" ", size);
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    int start = 0;
    while (start < clean.length()) {
      int end = clean.indexOf(' ', start);
      if (end < 0) {
        end = clean.length();
      }
      String word = clean.substring(start, end);
      start = end + 1;
      if (word.isEmpty()) {
        continue;
      }
      float w = font.width(word, size);
      if (line.length() > 0 && lineWidth + space + w <= width) {
        line.append(' ').append(word);
        lineWidth += space + w;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (w > width) {
        // one pass over the word: cut a piece whenever the next character would overflow the line
        int piece = 0;
        int units = 0;
        for (int i = 0; i < word.length(); ) {
          int cp = word.codePointAt(i);
          int advance = font.units(cp);
          if (i > piece && (units + advance) * size / 1000f > width) {
            lines.add(word.substring(piece, i));
            piece = i;
            units = 0;
          }
          units += advance;
          i += Character.charCount(cp);
        }
        word = word.substring(piece);
        w = units * size / 1000f;
      }
      line.append(word);
      lineWidth = w;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
