package eu.inzage.letters.internal.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * One font as one document uses it: measures text, records the glyphs shown, and after layout
 * embeds the subset program as a Type 0 font with Identity-H encoding (CID = glyph id of the
 * subset), a width array and a ToUnicode map so that every character extracts back as text.
 */
final class FontUse {
  /** Font descriptor flag 6: the font uses the standard Latin character set (PDF 32000 9.8.2). */
  private static final int FLAG_NONSYMBOLIC = 32;

  private final FontProgram program;
  private final String resourceName;
  private final BitSet used = new BitSet();
  private FontProgram.Subset subset;
  private long measured;

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
      total += units(cp);
      i += Character.charCount(cp);
    }
    return total * size / 1000f;
  }

  /** The advance of one character in 1/1000 em; counted in {@link #measured()}. */
  int units(int codePoint) {
    measured++;
    return program.width(program.glyph(codePoint));
  }

  /** How many characters this font has measured: the work of layout, for tests of its growth. */
  long measured() {
    return measured;
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

  /** A text as a string of two-byte subset glyph ids (Identity-H). */
  COSString encode(String text) {
    byte[] codes = new byte[text.length() * 2];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int id = subset.newId(program.glyph(cp));
      if (id < 0) {
        throw new IllegalStateException("glyph used after the subset was fixed");
      }
      codes[n++] = (byte) (id >> 8);
      codes[n++] = (byte) id;
      i += Character.charCount(cp);
    }
    return new COSString(n == codes.length ? codes : Arrays.copyOf(codes, n), true);
  }

  /** The size of this font's encoded streams (program and ToUnicode map) in a file. */
  int encodedBytes() {
    return subset.program().length + subset.toUnicode().length;
  }

  /**
   * This font as a Type 0 font dictionary of the document, with its CIDFontType2 descendant, font
   * descriptor, subset program and ToUnicode map. The two streams receive the subset's cached,
   * already Flate-encoded bytes, so nothing is subset or compressed again.
   */
  COSDictionary font(PDDocument document) throws IOException {
    COSName name = COSName.getPDFName(subset.tag() + "+" + program.postScriptName());
    float[] box = program.bbox();

    COSStream file = Flate.stream(document, subset.program());
    file.setInt(COSName.LENGTH1, subset.length1());
    PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
    descriptor.getCOSObject().setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.getCOSObject().setItem(COSName.FONT_NAME, name);
    descriptor.setFlags(FLAG_NONSYMBOLIC);
    descriptor.setFontBoundingBox(
        new PDRectangle(
            Math.round(box[0]),
            Math.round(box[1]),
            Math.round(box[2]) - Math.round(box[0]),
            Math.round(box[3]) - Math.round(box[1])));
    descriptor.setItalicAngle(0);
    descriptor.setAscent(Math.round(program.ascent()));
    descriptor.setDescent(Math.round(program.descent()));
    descriptor.setCapHeight(Math.round(program.capHeight()));
    descriptor.setStemV(80);
    descriptor.setFontFile2(new PDStream(file));

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);
    COSArray widths = new COSArray();
    widths.add(COSInteger.ZERO);
    COSArray perGlyph = new COSArray();
    for (int w : subset.widths()) {
      perGlyph.add(COSInteger.get(w));
    }
    widths.add(perGlyph);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setItem(COSName.BASE_FONT, name);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, widths);
    cidFont.setInt(COSName.DW, 1000);
    cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setItem(COSName.BASE_FONT, name);
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    type0.setItem(COSName.TO_UNICODE, Flate.stream(document, subset.toUnicode()));
    return type0;
  }
}
