package eu.inzage.letters.internal.pdf;

import java.util.BitSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

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

  /** The Type 0 font dictionary for this document. */
  COSDictionary dictionary(PDDocument doc) throws java.io.IOException {
    String name = subset.tag() + "+" + program.postScriptName();
    COSStream fontFile = Pdf.rawStream(doc, subset.program());
    fontFile.setInt(COSName.LENGTH1, subset.length1());

    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, name);
    descriptor.setInt(COSName.FLAGS, 32);
    float[] box = program.bbox();
    COSArray bbox = new COSArray();
    for (float v : box) {
      bbox.add(COSInteger.get(Math.round(v)));
    }
    descriptor.setItem(COSName.FONT_BBOX, bbox);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, Math.round(program.ascent()));
    descriptor.setInt(COSName.DESCENT, Math.round(program.descent()));
    descriptor.setInt(COSName.CAP_HEIGHT, Math.round(program.capHeight()));
    descriptor.setInt(COSName.STEM_V, 80);
    descriptor.setItem(COSName.FONT_FILE2, fontFile);

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    COSArray inner = new COSArray();
    for (int w : subset.widths()) {
      inner.add(COSInteger.get(w));
    }
    COSArray widths = new COSArray();
    widths.add(COSInteger.ZERO);
    widths.add(inner);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, name);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, widths);
    cidFont.setItem(COSName.DW, COSInteger.get(1000));
    cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, name);
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    font.setItem(COSName.TO_UNICODE, Pdf.rawStream(doc, subset.toUnicode()));
    return font;
  }
}
