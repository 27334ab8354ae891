package eu.inzage.letters.internal.pdf;

import java.util.BitSet;

/**
 * One font as one document uses it: measures text, records the glyphs shown, and after layout
 * embeds the subset program as a Type 0 font with Identity-H encoding (CID = glyph id of the
 * subset), a width array and a ToUnicode map so that every character extracts back as text.
 */
final class FontUse {
  private final FontProgram program;
  private final String resourceName;
  private final BitSet used = new BitSet();
  private FontProgram.Subset subset;

  FontUse(FontProgram program, String resourceName) {
    this.program = program;
    this.resourceName = resourceName;
  }

  String resourceName() {
    return resourceName;
  }

  /** The width of a text at a font size, in points. */
  float width(String text, float size) {
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      total += program.width(program.glyph(cp));
      i += Character.charCount(cp);
    }
    return total * size / 1000f;
  }

  /** Records the glyphs of a text that will be shown. */
  void use(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      used.set(program.glyph(cp));
      i += Character.charCount(cp);
    }
  }

  /** Fixes the subset after layout; no glyph may be used afterwards. */
  void finish() {
    subset = program.subset(used);
  }

  /** Appends a text as a hex string of subset glyph ids. */
  void encode(String text, StringBuilder out) {
    out.append('<');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int id = subset.newId(program.glyph(cp));
      if (id < 0) {
        throw new IllegalStateException("glyph used after the subset was fixed");
      }
      out.append(HEX[(id >> 12) & 15])
          .append(HEX[(id >> 8) & 15])
          .append(HEX[(id >> 4) & 15])
          .append(HEX[id & 15]);
      i += Character.charCount(cp);
    }
    out.append('>');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * The five objects of this font (Type 0 font, CIDFontType2, descriptor, font program, ToUnicode
   * map) numbered from {@code first}; serialised once per subset and number, then reused.
   */
  PdfFile.Chunk objects(int first) {
    return subset.chunks().computeIfAbsent(first, this::serialise);
  }

  private PdfFile.Chunk serialise(int first) {
    String name = "/" + subset.tag() + "+" + program.postScriptName();
    StringBuilder widths = new StringBuilder(subset.widths().length * 4 + 16);
    widths.append("[0 [");
    for (int w : subset.widths()) {
      widths.append(w).append(' ');
    }
    widths.append("]]");
    float[] box = program.bbox();
    return new PdfFile.ChunkBuilder(5)
            .object(
                first,
                "<< /Type /Font /Subtype /Type0 /BaseFont "
                    + name
                    + " /Encoding /Identity-H /DescendantFonts ["
                    + (first + 1)
                    + " 0 R] /ToUnicode "
                    + (first + 4)
                    + " 0 R >>")
            .object(
                first + 1,
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont "
                    + name
                    + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                    + " /FontDescriptor "
                    + (first + 2)
                    + " 0 R /W "
                    + widths
                    + " /DW 1000 /CIDToGIDMap /Identity >>")
            .object(
                first + 2,
                "<< /Type /FontDescriptor /FontName "
                    + name
                    + " /Flags 32 /FontBBox ["
                    + Math.round(box[0])
                    + " "
                    + Math.round(box[1])
                    + " "
                    + Math.round(box[2])
                    + " "
                    + Math.round(box[3])
                    + "] /ItalicAngle 0 /Ascent "
                    + Math.round(program.ascent())
                    + " /Descent "
                    + Math.round(program.descent())
                    + " /CapHeight "
                    + Math.round(program.capHeight())
                    + " /StemV 80 /FontFile2 "
                    + (first + 3)
                    + " 0 R >>")
            .stream(
                first + 3,
                "/Length1 " + subset.length1() + " /Filter /FlateDecode",
                subset.program())
            .stream(first + 4, "/Filter /FlateDecode", subset.toUnicode())
            .build();
  }
}
