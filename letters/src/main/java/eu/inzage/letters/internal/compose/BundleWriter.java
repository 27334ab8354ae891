package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import eu.inzage.letters.internal.pdf.Pdf;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * Writes a post bundle as one PDF/A-2b file: per recipient an address sheet, then the documents in
 * order, with blank pages so that no two documents share a sheet printed on both sides.
 *
 * <p>Memory: every document is opened from its bytes (or from a scratch copy of its stream on disk)
 * with PDFBox's temp-file stream cache, and the bundle's streams are copied into a scratch file
 * too, so the heap holds the inputs the caller already holds plus PDFBox's object graph (the
 * dictionaries, not the stream data); the output goes straight to the caller's stream.
 *
 * <p>The inputs must already be PDF/A (part 1 or 2) with at most the sRGB output intent, A4 pages
 * and embedded fonts on their pages: a merge cannot repair a file, so anything else is refused.
 */
public final class BundleWriter {
  /** The output condition of the one output intent every letter of this module carries. */
  static final String SRGB = "sRGB IEC61966-2.1";

  /** How far a page may be from A4, in points (rounding of 210 × 297 mm). */
  private static final float A4_TOLERANCE = 2f;

  private final Pdf pdf;

  /** A writer that renders the address sheets with {@code pdf}. */
  public BundleWriter(Pdf pdf) {
    this.pdf = pdf;
  }

  /** One document of the bundle: its bytes, or a stream read once to its end (not closed). */
  // the caller's array, handed over without a copy and compared by no one
  @SuppressWarnings("ArrayRecordComponent")
  public record Source(String title, byte[] bytes, InputStream stream) {}

  /** One recipient: the addressee of the originals, or of a copy. */
  public record Addressee(String name, Address address) {}

  /**
   * What to write.
   *
   * @param language the language of the address sheets
   * @param sender the sending organisation
   * @param recipients the recipient of the originals first, then each copy recipient
   * @param sources the documents in order
   * @param reference the case reference
   * @param today the day on the sheets
   * @param created the creation time in the metadata
   * @param duplex whether blank pages keep documents on sheets of their own
   */
  public record Spec(
      String language,
      Organisation sender,
      List<Addressee> recipients,
      List<Source> sources,
      String reference,
      LocalDate today,
      Instant created,
      boolean duplex) {}

  /**
   * What was written.
   *
   * @param pages the pages of the whole file
   * @param blankPages how many of them were inserted blank
   * @param sheetPages the page (from 1) of each recipient's address sheet, in order
   * @param documentPages the pages of each document, in order
   */
  public record Result(
      int pages, int blankPages, List<Integer> sheetPages, List<Integer> documentPages) {}

  /**
   * Writes the bundle to {@code out} (not closed).
   *
   * @throws InvalidInputException at {@code documents.N} for a document that is not a readable,
   *     unencrypted PDF/A-1 or PDF/A-2 file with A4 pages, embedded fonts and no output intent
   *     other than sRGB; at {@code recipient} or {@code copies.N} ({@code TOO_LONG}) for a name and
   *     address that need more lines than the envelope window shows
   * @throws IOException when reading a stream, a scratch file or writing {@code out} fails
   */
  public Result write(Spec spec, OutputStream out) throws IOException {
    StreamCacheCreateFunction scratch = IOUtils.createTempFileOnlyStreamCache();
    try (Resources resources = new Resources()) {
      List<PDDocument> opened = resources.documents;
      List<Path> temporary = resources.files;
      List<PDDocument> documents = new ArrayList<>();
      List<AddressSheet.Entry> entries = new ArrayList<>();
      List<Integer> documentPages = new ArrayList<>();
      for (int i = 0; i < spec.sources().size(); i++) {
        Source source = spec.sources().get(i);
        PDDocument document = open(source, "documents." + i, scratch, temporary);
        opened.add(document);
        check(document, "documents." + i);
        documents.add(document);
        entries.add(new AddressSheet.Entry(source.title(), document.getNumberOfPages()));
        documentPages.add(document.getNumberOfPages());
      }
      PDFMergerUtility merger = new PDFMergerUtility();
      PDDocument bundle = null;
      Set<COSName> infoKeys = Set.of();
      int blanks = 0;
      List<Integer> sheets = new ArrayList<>();
      String originalTo = null;
      for (int r = 0; r < spec.recipients().size(); r++) {
        Addressee recipient = spec.recipients().get(r);
        String field = r == 0 ? "recipient" : "copies." + (r - 1);
        PDDocument sheet =
            Loader.loadPDF(
                new RandomAccessReadBuffer(sheet(spec, recipient, field, originalTo, entries)),
                scratch);
        opened.add(sheet);
        if (bundle == null) {
          bundle = sheet;
          infoKeys = new HashSet<>(bundle.getDocumentInformation().getCOSObject().keySet());
          sheets.add(1);
        } else {
          sheets.add(bundle.getNumberOfPages() + 1);
          merger.appendDocument(bundle, sheet);
        }
        for (PDDocument document : documents) {
          blanks += pad(bundle, spec.duplex());
          merger.appendDocument(bundle, document);
        }
        blanks += pad(bundle, spec.duplex());
        originalTo = spec.recipients().get(0).name();
      }
      if (bundle == null) {
        throw new IllegalStateException("a bundle has at least one recipient");
      }
      keepOnly(bundle.getDocumentInformation().getCOSObject(), infoKeys);
      if (bundle.getDocumentCatalog().getOutputIntents().size() != 1) {
        throw new IllegalStateException("a bundle has exactly the sRGB output intent");
      }
      bundle.save(out);
      return new Result(
          bundle.getNumberOfPages(), blanks, List.copyOf(sheets), List.copyOf(documentPages));
    }
  }

  /** The documents opened and the scratch files made while writing; closed and deleted after. */
  private static final class Resources implements AutoCloseable {
    final List<PDDocument> documents = new ArrayList<>();
    final List<Path> files = new ArrayList<>();

    @Override
    public void close() throws IOException {
      IOException failure = null;
      for (PDDocument document : documents) {
        try {
          document.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      for (Path path : files) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  /**
   * The address sheet as PDF/A bytes. The total it states depends on its own length, so it is
   * rendered again in the rare case that the list of documents makes it longer than one page.
   *
   * @throws InvalidInputException at {@code field} ({@code TOO_LONG}) when the name and address
   *     need more lines than the envelope window shows
   */
  private byte[] sheet(
      Spec spec,
      Addressee recipient,
      String field,
      String originalTo,
      List<AddressSheet.Entry> entries) {
    int sheetPages = 1;
    for (int attempt = 0; ; attempt++) {
      int total = total(sheetPages, entries, spec.duplex());
      Pdf.Rendered rendered =
          pdf.render(
              AddressSheet.compose(
                  new AddressSheet.Sheet(
                      spec.language(),
                      spec.sender(),
                      recipient.name(),
                      recipient.address(),
                      originalTo,
                      spec.reference(),
                      spec.today(),
                      entries,
                      total)),
              spec.created());
      if (!rendered.recipientInWindow()) {
        throw new InvalidInputException(
            field, ViolationCode.TOO_LONG, "needs more lines than the envelope window shows");
      }
      if (rendered.pages() == sheetPages || attempt == 2) {
        return rendered.bytes();
      }
      sheetPages = rendered.pages();
    }
  }

  /** The pages of one envelope: the sheet, each document on a fresh sheet when duplex. */
  static int total(int sheetPages, List<AddressSheet.Entry> entries, boolean duplex) {
    int pages = sheetPages;
    for (AddressSheet.Entry entry : entries) {
      pages += duplex ? pages % 2 : 0;
      pages += entry.pages();
    }
    return pages + (duplex ? pages % 2 : 0);
  }

  /** Adds a blank A4 page when duplex printing would put the next part on a back side. */
  private static int pad(PDDocument bundle, boolean duplex) {
    if (!duplex || bundle.getNumberOfPages() % 2 == 0) {
      return 0;
    }
    PDPage blank = new PDPage(PDRectangle.A4);
    blank.setResources(new PDResources());
    bundle.addPage(blank);
    return 1;
  }

  private static void keepOnly(COSDictionary dictionary, Set<COSName> keys) {
    for (COSName key : new ArrayList<>(dictionary.keySet())) {
      if (!keys.contains(key)) {
        dictionary.removeItem(key);
      }
    }
  }

  /**
   * Opens a document; a stream is first copied to a scratch file of its own (readable by the owner
   * only), whose failures are the caller's stream's and pass through.
   */
  private static PDDocument open(
      Source source, String field, StreamCacheCreateFunction scratch, List<Path> temporary)
      throws IOException {
    Path copy = null;
    if (source.bytes() == null) {
      copy = Files.createTempFile("inzage-post-", ".pdf");
      temporary.add(copy);
      Files.copy(source.stream(), copy, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      return copy == null
          ? Loader.loadPDF(new RandomAccessReadBuffer(source.bytes()), scratch)
          : Loader.loadPDF(copy.toFile(), scratch);
    } catch (InvalidPasswordException e) {
      throw refused(field, "is encrypted");
    } catch (IOException e) {
      throw refused(field, "is not a readable PDF file");
    }
  }

  /** Refuses what would make the bundle other than PDF/A-2b. */
  private static void check(PDDocument document, String field) {
    if (document.isEncrypted()) {
      throw refused(field, "is encrypted");
    }
    int part = pdfaPart(document);
    if (part != 1 && part != 2) {
      throw refused(
          field, "is not PDF/A-1 or PDF/A-2 (a PDF/A-2b bundle can only hold PDF/A documents)");
    }
    for (PDOutputIntent intent : document.getDocumentCatalog().getOutputIntents()) {
      if (!SRGB.equals(intent.getOutputConditionIdentifier())) {
        throw refused(field, "has an output intent other than " + SRGB);
      }
    }
    if (document.getNumberOfPages() == 0) {
      throw refused(field, "has no pages");
    }
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      if (!isA4(page.getMediaBox())) {
        throw refused(field, "page " + number + " is not A4");
      }
      if (!fontsEmbedded(page)) {
        throw refused(field, "page " + number + " uses a font that is not embedded");
      }
    }
  }

  private static boolean isA4(PDRectangle box) {
    float w = box.getWidth();
    float h = box.getHeight();
    float aw = PDRectangle.A4.getWidth();
    float ah = PDRectangle.A4.getHeight();
    return (near(w, aw) && near(h, ah)) || (near(w, ah) && near(h, aw));
  }

  private static boolean near(float a, float b) {
    return Math.abs(a - b) <= A4_TOLERANCE;
  }

  private static boolean fontsEmbedded(PDPage page) {
    PDResources resources = page.getResources();
    if (resources == null) {
      return true;
    }
    try {
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font != null && !font.isEmbedded()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The PDF/A part the document's XMP metadata claims, or 0 when it claims none. */
  private static int pdfaPart(PDDocument document) {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return 0;
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(in);
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      return id == null || id.getPart() == null ? 0 : id.getPart();
    } catch (IOException | XmpParsingException | RuntimeException e) {
      return 0;
    }
  }

  private static InvalidInputException refused(String field, String message) {
    return new InvalidInputException(field, ViolationCode.INVALID_VALUE, message);
  }
}
