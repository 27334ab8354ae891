package eu.inzage.letters.internal.pdf;

import eu.inzage.core.StorageException;
import eu.inzage.letters.internal.document.LetterDocument;
import eu.inzage.letters.internal.document.SignatureImage;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a laid-out letter as PDF/A-2b with Apache PDFBox: the DejaVu fonts embedded as subsets
 * with ToUnicode maps, an sRGB output intent, XMP metadata (xmpbox) that repeats the document
 * information, and the document language. The subset programs are made once per glyph set and
 * copied, already encoded, into every document that uses that set (the fonts can instead be loaded
 * and subset afresh for every document). The same letter always gives the same bytes: the file
 * identifier is derived from the content.
 */
public final class Pdf {
  static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";
  private static final byte[] SRGB = srgb();

  /** Room for everything in a file besides its stream data (dictionaries, object streams, xref). */
  private static final int OVERHEAD = 16 * 1024;

  private static final Operator BEGIN_TEXT = Operator.getOperator(OperatorName.BEGIN_TEXT);
  private static final Operator END_TEXT = Operator.getOperator(OperatorName.END_TEXT);
  private static final Operator FONT = Operator.getOperator(OperatorName.SET_FONT_AND_SIZE);
  private static final Operator FILL_GRAY = Operator.getOperator(OperatorName.NON_STROKING_GRAY);
  private static final Operator STROKE_GRAY =
      Operator.getOperator(OperatorName.STROKING_COLOR_GRAY);
  private static final Operator MATRIX = Operator.getOperator(OperatorName.SET_MATRIX);
  private static final Operator SHOW = Operator.getOperator(OperatorName.SHOW_TEXT);
  private static final Operator SAVE = Operator.getOperator(OperatorName.SAVE);
  private static final Operator RESTORE = Operator.getOperator(OperatorName.RESTORE);
  private static final Operator LINE_WIDTH = Operator.getOperator(OperatorName.SET_LINE_WIDTH);
  private static final Operator MOVE = Operator.getOperator(OperatorName.MOVE_TO);
  private static final Operator LINE = Operator.getOperator(OperatorName.LINE_TO);
  private static final Operator STROKE = Operator.getOperator(OperatorName.STROKE_PATH);
  private static final Operator CONCAT = Operator.getOperator(OperatorName.CONCAT);
  private static final Operator DRAW = Operator.getOperator(OperatorName.DRAW_OBJECT);

  private final boolean cacheFonts;

  /** A renderer; {@code cacheFonts} false loads and subsets the fonts afresh for every letter. */
  public Pdf(boolean cacheFonts) {
    this.cacheFonts = cacheFonts;
  }

  /**
   * A rendered file, its page count, and whether the recipient's address ends inside the envelope
   * window field ({@link EnvelopeWindow}).
   */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  public record Rendered(byte[] bytes, int pages, boolean recipientInWindow) {}

  /** Renders the letter; {@code created} is its creation time in the metadata. */
  public Rendered render(LetterDocument doc, Instant created) {
    FontUse regular = new FontUse(program(REGULAR), "F1");
    FontUse bold = new FontUse(program(BOLD), "F2");
    Layout layout = new Layout(doc, regular, bold);
    List<List<Op>> pages = layout.layout();
    regular.finish();
    bold.finish();
    try (PDDocument document = new PDDocument()) {
      return new Rendered(
          write(document, doc, created, pages, regular, bold),
          pages.size(),
          layout.recipientInWindow());
    } catch (IOException e) {
      throw new StorageException("cannot render the PDF", e);
    }
  }

  private static byte[] write(
      PDDocument document,
      LetterDocument doc,
      Instant created,
      List<List<Op>> pages,
      FontUse regular,
      FontUse bold)
      throws IOException {
    document.getDocument().setVersion(1.7f);
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName(regular.resourceName()), regular.font(document));
    fonts.setItem(COSName.getPDFName(bold.resourceName()), bold.font(document));

    MessageDigest digest = sha256();
    long streamBytes = (long) SRGB.length + regular.encodedBytes() + bold.encodedBytes();
    for (List<Op> ops : pages) {
      PDPage page = new PDPage(new PDRectangle(Layout.PAGE_W, Layout.PAGE_H));
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      ByteSink buffer = new ByteSink(16 * 1024);
      content(new ContentStreamWriter(buffer), ops, document, resources);
      byte[] bytes = buffer.toByteArray();
      digest.update(bytes);
      PDStream contents = new PDStream(document);
      contents.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      try (OutputStream out =
          new DeflaterOutputStream(contents.getCOSObject().createRawOutputStream(), deflater)) {
        out.write(bytes);
      } finally {
        streamBytes += deflater.getBytesWritten();
        deflater.end();
      }
      page.setContents(contents);
      document.addPage(page);
    }

    String title = Metadata.plain(doc.title());
    String author = Metadata.plain(doc.author());
    Instant at = created.truncatedTo(ChronoUnit.SECONDS);
    Calendar date = Metadata.calendar(at);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator(Metadata.CREATOR);
    info.setProducer(Metadata.PRODUCER);
    info.setCreationDate(date);
    info.setModificationDate(date);

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(doc.language());
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(Metadata.xmp(title, author, doc.language(), at));
    catalog.setMetadata(metadata);
    catalog.addOutputIntent(outputIntent(document));

    digest.update(at.toString().getBytes(StandardCharsets.US_ASCII));
    digest.update(doc.title().getBytes(StandardCharsets.UTF_8));
    COSString id = new COSString(Arrays.copyOf(digest.digest(), 16), true);
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    document.getDocument().setDocumentID(ids);

    ByteSink out = new ByteSink((int) streamBytes + OVERHEAD);
    // Every stream is Flate-encoded already; object streams would pack only the dictionaries
    // (about 4 % of a letter, whose size is mostly the two font programs) at a quarter or more
    // of the throughput, so the file gets a classic cross-reference table.
    document.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  /** The sRGB output intent whose profile stream receives the cached, encoded ICC profile. */
  private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
    COSStream profile = Flate.stream(document, SRGB);
    profile.setInt(COSName.N, 3);
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
    intent.setInfo(OUTPUT_CONDITION);
    intent.setRegistryName("http://www.color.org");
    return intent;
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

  /**
   * Writes a page's operations; images become XObjects in the page's resources. Consecutive runs of
   * text share one text object, and font, size and gray are set only when they change (they are
   * graphics state, which the rules and pictures save and restore around themselves).
   */
  private static void content(
      ContentStreamWriter out, List<Op> ops, PDDocument document, PDResources resources)
      throws IOException {
    boolean inText = false;
    FontUse font = null;
    float size = -1;
    float gray = -1;
    for (Op op : ops) {
      if (op instanceof Op.Run run) {
        if (!inText) {
          out.writeToken(BEGIN_TEXT);
          inText = true;
        }
        if (run.font() != font || run.size() != size) {
          font = run.font();
          size = run.size();
          out.writeTokens(COSName.getPDFName(font.resourceName()), number(size), FONT);
        }
        if (run.gray() != gray) {
          gray = run.gray();
          out.writeTokens(number(gray), FILL_GRAY);
        }
        out.writeTokens(
            COSInteger.ONE,
            COSInteger.ZERO,
            COSInteger.ZERO,
            COSInteger.ONE,
            number(run.x()),
            number(run.y()),
            MATRIX,
            run.font().encode(run.text()),
            SHOW);
        continue;
      }
      if (inText) {
        out.writeToken(END_TEXT);
        inText = false;
      }
      if (op instanceof Op.Rule rule) {
        out.writeTokens(
            SAVE,
            number(rule.width()),
            LINE_WIDTH,
            number(rule.gray()),
            STROKE_GRAY,
            number(rule.x1()),
            number(rule.y1()),
            MOVE,
            number(rule.x2()),
            number(rule.y2()),
            LINE,
            STROKE,
            RESTORE);
      } else if (op instanceof Op.Picture picture) {
        COSName name = resources.add(image(document, picture.image()));
        out.writeTokens(
            SAVE,
            number(picture.width()),
            COSInteger.ZERO,
            COSInteger.ZERO,
            number(picture.height()),
            number(picture.x()),
            number(picture.y()),
            CONCAT,
            name,
            DRAW,
            RESTORE);
      }
    }
    if (inText) {
      out.writeToken(END_TEXT);
    }
  }

  /** The image as an XObject whose stream takes the image's Flate-encoded samples as they are. */
  private static PDImageXObject image(PDDocument document, SignatureImage picture)
      throws IOException {
    COSStream stream = Flate.stream(document, picture.flateRgb());
    stream.setItem(COSName.TYPE, COSName.XOBJECT);
    stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
    stream.setInt(COSName.WIDTH, picture.width());
    stream.setInt(COSName.HEIGHT, picture.height());
    stream.setInt(COSName.BITS_PER_COMPONENT, 8);
    stream.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
    return new PDImageXObject(new PDStream(stream), null);
  }

  /** A number rounded to two decimals, as an integer when it is whole. */
  private static COSBase number(float value) {
    long hundredths = Math.round(value * 100.0);
    if (hundredths % 100 == 0) {
      return COSInteger.get(hundredths / 100);
    }
    return new COSFloat(hundredths / 100f);
  }

  private static byte[] srgb() {
    return Flate.encode(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  }
}
