package eu.inzage.letters.internal.pdf;

import eu.inzage.letters.internal.document.LetterDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Writes a laid-out letter as PDF/A-2b: the DejaVu fonts embedded as subsets with ToUnicode maps,
 * an sRGB output intent, XMP metadata that repeats the document information, and the document
 * language. Font objects are serialised once per glyph set and copied into every file that uses
 * that set (the fonts can instead be loaded and subset afresh for every document). The same letter
 * always gives the same bytes: the file identifier is derived from the content.
 */
public final class Pdf {
  private static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final String CREATOR = "Inzage letters";
  private static final String PRODUCER = "Inzage letters (Apache FontBox)";
  private static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";
  private static final byte[] SRGB =
      Streams.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  private static final DateTimeFormatter PDF_DATE =
      DateTimeFormatter.ofPattern("'D:'uuuuMMddHHmmss'+00''00'''", Locale.ROOT);

  private final boolean cacheFonts;

  /** A renderer; {@code cacheFonts} false loads and subsets the fonts afresh for every letter. */
  public Pdf(boolean cacheFonts) {
    this.cacheFonts = cacheFonts;
  }

  /** A rendered file and its page count. */
  public record Rendered(byte[] bytes, int pages) {}

  /** Renders the letter; {@code created} is its creation time in the metadata. */
  public Rendered render(LetterDocument doc, Instant created) {
    FontUse regular = new FontUse(program(REGULAR), "F1");
    FontUse bold = new FontUse(program(BOLD), "F2");
    List<List<Op>> pages = new Layout(doc, regular, bold).layout();
    regular.finish();
    bold.finish();

    PdfFile file = new PdfFile();
    int catalog = file.reserve();
    int pageTree = file.reserve();
    int info = file.reserve();
    int metadata = file.reserve();
    int profile = file.reserve();
    int regularFont = file.reserve(5);
    int boldFont = file.reserve(5);
    file.stream(profile, "/N 3 /Filter /FlateDecode", SRGB);
    file.chunk(regular.objects(regularFont));
    file.chunk(bold.objects(boldFont));
    String fonts = "/Font << /F1 " + regularFont + " 0 R /F2 " + boldFont + " 0 R >>";

    MessageDigest digest = sha256();
    StringBuilder kids = new StringBuilder();
    for (List<Op> ops : pages) {
      int page = file.reserve();
      int content = file.reserve();
      kids.append(page).append(" 0 R ");
      StringBuilder images = new StringBuilder();
      byte[] stream = content(file, ops, images);
      digest.update(stream);
      file.stream(content, "/Filter /FlateDecode", Streams.deflate(stream, Deflater.BEST_SPEED));
      file.object(
          page,
          "<< /Type /Page /Parent "
              + pageTree
              + " 0 R /MediaBox [0 0 "
              + number(new StringBuilder(), Layout.PAGE_W)
              + " "
              + number(new StringBuilder(), Layout.PAGE_H)
              + "] /Resources << "
              + fonts
              + (images.length() == 0 ? "" : " /XObject << " + images + ">>")
              + " >> /Contents "
              + content
              + " 0 R >>");
    }
    file.object(pageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");

    Instant at = created.truncatedTo(ChronoUnit.SECONDS);
    String date = PDF_DATE.format(at.atOffset(ZoneOffset.UTC));
    file.object(
        info,
        "<< /Title "
            + PdfFile.text(doc.title())
            + " /Author "
            + PdfFile.text(doc.author())
            + " /Creator ("
            + CREATOR
            + ") /Producer ("
            + PRODUCER
            + ") /CreationDate ("
            + date
            + ") /ModDate ("
            + date
            + ") >>");
    file.stream(
        metadata, "/Type /Metadata /Subtype /XML", xmp(doc, at).getBytes(StandardCharsets.UTF_8));
    file.object(
        catalog,
        "<< /Type /Catalog /Pages "
            + pageTree
            + " 0 R /Metadata "
            + metadata
            + " 0 R /Lang "
            + PdfFile.text(doc.language())
            + " /ViewerPreferences << /DisplayDocTitle true >> /OutputIntents [<< /Type"
            + " /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ("
            + OUTPUT_CONDITION
            + ") /Info ("
            + OUTPUT_CONDITION
            + ") /RegistryName (http://www.color.org) /DestOutputProfile "
            + profile
            + " 0 R >>] >>");
    digest.update(at.toString().getBytes(StandardCharsets.US_ASCII));
    digest.update(doc.title().getBytes(StandardCharsets.UTF_8));
    byte[] id = Arrays.copyOf(digest.digest(), 16);
    return new Rendered(file.finish(catalog, info, id), pages.size());
  }

  private FontProgram program(String resource) {
    return cacheFonts ? FontProgram.shared(resource) : FontProgram.fresh(resource);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The page's content stream; images are written as objects and named in {@code images}. */
  private static byte[] content(PdfFile file, List<Op> ops, StringBuilder images) {
    StringBuilder content = new StringBuilder(4096);
    int imageCount = 0;
    for (Op op : ops) {
      if (op instanceof Op.Run run) {
        content.append("BT /").append(run.font().resourceName()).append(' ');
        number(content, run.size()).append(" Tf ");
        number(content, run.gray()).append(" g 1 0 0 1 ");
        number(content, run.x()).append(' ');
        number(content, run.y()).append(" Tm ");
        run.font().encode(run.text(), content);
        content.append(" Tj ET\n");
      } else if (op instanceof Op.Rule rule) {
        content.append("q ");
        number(content, rule.width()).append(" w ");
        number(content, rule.gray()).append(" G ");
        number(content, rule.x1()).append(' ');
        number(content, rule.y1()).append(" m ");
        number(content, rule.x2()).append(' ');
        number(content, rule.y2()).append(" l S Q\n");
      } else if (op instanceof Op.Picture picture) {
        String name = "Im" + (++imageCount);
        int object = file.reserve();
        image(file, object, picture.image());
        images.append('/').append(name).append(' ').append(object).append(" 0 R ");
        content.append("q ");
        number(content, picture.width()).append(" 0 0 ");
        number(content, picture.height()).append(' ');
        number(content, picture.x()).append(' ');
        number(content, picture.y()).append(" cm /").append(name).append(" Do Q\n");
      }
    }
    return content.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** An opaque RGB image, 8 bits per component, Flate-compressed. */
  private static void image(PdfFile file, int object, BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[w * h * 3];
    int i = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = image.getRGB(x, y);
        rgb[i++] = (byte) (p >> 16);
        rgb[i++] = (byte) (p >> 8);
        rgb[i++] = (byte) p;
      }
    }
    file.stream(
        object,
        "/Type /XObject /Subtype /Image /Width "
            + w
            + " /Height "
            + h
            + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
        Streams.deflate(rgb));
  }

  /** Appends a number with at most two decimals, the way PDF content streams want it. */
  private static StringBuilder number(StringBuilder out, float value) {
    long hundredths = Math.round(value * 100.0);
    if (hundredths < 0) {
      out.append('-');
      hundredths = -hundredths;
    }
    out.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append('.');
      if (fraction < 10) {
        out.append('0');
      }
      out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
    }
    return out;
  }

  private static String xmp(LetterDocument doc, Instant at) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(doc.title())
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>"
        + escape(doc.author())
        + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<dc:language><rdf:Bag><rdf:li>"
        + escape(doc.language())
        + "</rdf:li></rdf:Bag></dc:language>\n"
        + "<pdf:Producer>"
        + PRODUCER
        + "</pdf:Producer>\n"
        + "<xmp:CreatorTool>"
        + CREATOR
        + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + date
        + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>"
        + date
        + "</xmp:ModifyDate>\n"
        + "<pdfaid:part>2</pdfaid:part>\n"
        + "<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }
}
