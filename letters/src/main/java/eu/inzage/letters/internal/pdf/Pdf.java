package eu.inzage.letters.internal.pdf;

import eu.inzage.letters.internal.document.LetterDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a laid-out letter as PDF/A-2b: the DejaVu fonts embedded as subsets with ToUnicode maps,
 * an sRGB output intent, XMP metadata that repeats the document information, and the document
 * language. The font programs come from a shared cache unless the renderer is told to load them
 * afresh for every document.
 */
public final class Pdf {
  private static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final String CREATOR = "Inzage letters";
  private static final String PRODUCER = "Inzage letters with Apache PDFBox";
  private static final byte[] SRGB =
      Streams.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

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
    try (PDDocument pdf = new PDDocument()) {
      pdf.getDocument().setVersion(1.7f);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName(regular.resourceName()), regular.dictionary(pdf));
      fonts.setItem(COSName.getPDFName(bold.resourceName()), bold.dictionary(pdf));
      fonts.setDirect(false);
      MessageDigest digest = sha256();
      for (List<Op> ops : pages) {
        page(pdf, fonts, ops, digest);
      }
      describe(pdf, doc, created);
      // a file identifier derived from the content, so that the same letter gives the same bytes
      digest.update(created.toString().getBytes(StandardCharsets.US_ASCII));
      digest.update(doc.title().getBytes(StandardCharsets.UTF_8));
      byte[] id = Arrays.copyOf(digest.digest(), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      pdf.save(out, CompressParameters.NO_COMPRESSION);
      return new Rendered(out.toByteArray(), pages.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static void page(PDDocument pdf, COSDictionary fonts, List<Op> ops, MessageDigest digest)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    COSDictionary resources = new COSDictionary();
    resources.setItem(COSName.FONT, fonts);
    COSDictionary images = new COSDictionary();
    StringBuilder content = new StringBuilder(4096);
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
        PDImageXObject image = LosslessFactory.createFromImage(pdf, picture.image());
        String name = "Im" + (images.size() + 1);
        images.setItem(COSName.getPDFName(name), image.getCOSObject());
        content.append("q ");
        number(content, picture.width()).append(" 0 0 ");
        number(content, picture.height()).append(' ');
        number(content, picture.x()).append(' ');
        number(content, picture.y()).append(" cm /").append(name).append(" Do Q\n");
      }
    }
    if (images.size() > 0) {
      resources.setItem(COSName.XOBJECT, images);
    }
    page.setResources(new PDResources(resources));
    page.getCOSObject()
        .setItem(
            COSName.CONTENTS,
            rawStream(
                pdf, Streams.deflate(content.toString().getBytes(StandardCharsets.US_ASCII))));
    pdf.addPage(page);
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

  /** A stream holding bytes that are already Flate-compressed. */
  static COSStream rawStream(PDDocument pdf, byte[] deflated) throws IOException {
    COSStream stream = pdf.getDocument().createCOSStream();
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(deflated);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    return stream;
  }

  private static void describe(PDDocument pdf, LetterDocument doc, Instant created)
      throws IOException {
    Instant at = created.truncatedTo(ChronoUnit.SECONDS);
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(at.toEpochMilli());
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(doc.title());
    info.setAuthor(doc.author());
    info.setCreator(CREATOR);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);

    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    catalog.setLanguage(doc.language());
    COSDictionary preferences = new COSDictionary();
    preferences.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
    catalog.getCOSObject().setItem(COSName.VIEWER_PREFERENCES, preferences);

    COSStream metadata = pdf.getDocument().createCOSStream();
    metadata.setItem(COSName.TYPE, COSName.METADATA);
    metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
    try (OutputStream out = metadata.createRawOutputStream()) {
      out.write(xmp(doc, at).getBytes(StandardCharsets.UTF_8));
    }
    catalog.getCOSObject().setItem(COSName.METADATA, metadata);

    COSStream profile = rawStream(pdf, SRGB);
    profile.setInt(COSName.N, 3);
    COSDictionary intent = new COSDictionary();
    intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
    intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
    intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
    intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
    intent.setString(COSName.getPDFName("RegistryName"), "http://www.color.org");
    intent.setItem(COSName.getPDFName("DestOutputProfile"), profile);
    COSArray intents = new COSArray();
    intents.add(intent);
    catalog.getCOSObject().setItem(COSName.OUTPUT_INTENTS, intents);
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
