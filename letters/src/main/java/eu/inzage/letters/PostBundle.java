package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.letters.internal.compose.AddressSheet;
import eu.inzage.letters.internal.compose.BundleWriter;
import eu.inzage.letters.internal.pdf.Pdf;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A print-ready post bundle: one PDF/A-2b file that starts with an address sheet for a window
 * envelope, followed by the documents in order (the letter, the mandate, enclosures such as a
 * redacted copy of an identity document). The recipient's address sits in the window field of DIN
 * 5008 form B, where every letter of this module puts it, so the sheet folds into a DL, C5/6, C5 or
 * C4 window envelope; above it the organisation's return line, beside it the reference and date,
 * below it the list of documents with their page counts. Each copy recipient (an Art. 27 GDPR
 * representative, say) gets an address sheet and a copy of every document of its own, after the
 * originals. Made by {@link #builder()}; immutable and thread-safe, except that a bundle with a
 * document given as a stream can be written only once.
 *
 * <p>PDF/A: every document must itself be PDF/A-1 or PDF/A-2 (as the letters of {@link Letters}
 * are), without an output intent other than sRGB, with A4 pages and embedded fonts; a bundle cannot
 * repair a document, so any other one is refused with an {@link InvalidInputException} at {@code
 * documents.N} rather than written into a file that would not conform. The checks read the
 * document's own PDF/A claim (XMP identification), its output intents, page sizes and page fonts;
 * they do not validate the document in full.
 *
 * <p>Duplex: by default a blank page is inserted wherever a document (or the next envelope) would
 * otherwise start on the back of a sheet, and each envelope ends on a whole sheet, so that printed
 * on both sides no two documents share a sheet.
 *
 * <p>Memory: documents are read with PDFBox's temp-file stream cache, a document given as a stream
 * is first copied to a scratch file readable only by its owner, and {@link #writeTo(OutputStream)}
 * writes straight to the caller's stream. The heap then holds the byte arrays the caller gave plus
 * PDFBox's dictionaries, not a second copy of the documents; {@link #toPdf()} adds the finished
 * file in memory. Scratch files go to {@code java.io.tmpdir} and are deleted when writing ends.
 */
public final class PostBundle {
  /** The most documents one bundle holds. */
  public static final int MAX_DOCUMENTS = 50;

  /** The most copy recipients one bundle has. */
  public static final int MAX_COPIES = 5;

  /** The longest document title, in characters. */
  public static final int MAX_TITLE_LENGTH = 200;

  private final Clock clock;
  private final Organisation sender;
  private final List<BundleWriter.Addressee> recipients;
  private final List<BundleWriter.Source> sources;
  private final String language;
  private final String reference;
  private final boolean duplex;
  private final boolean streamed;
  private final AtomicBoolean written = new AtomicBoolean();

  private PostBundle(Builder b) {
    this.clock = b.clock;
    this.sender = b.sender;
    List<BundleWriter.Addressee> all = new ArrayList<>();
    all.add(new BundleWriter.Addressee(b.recipient.name(), b.recipient.address()));
    for (Recipient copy : b.copies) {
      all.add(new BundleWriter.Addressee(copy.name(), copy.address()));
    }
    this.recipients = List.copyOf(all);
    this.sources = List.copyOf(b.sources);
    this.language = b.language;
    this.reference = b.reference;
    this.duplex = b.duplex == null || b.duplex;
    this.streamed = sources.stream().anyMatch(s -> s.stream() != null);
  }

  /** A builder: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A recipient of the bundle, as the builder checks it.
   *
   * @param name the name as the envelope shows it (a controller's legal name): one line of plain
   *     text of at most 200 characters
   * @param address the postal address; at least one line to print
   */
  private record Recipient(
      @Required @PlainText @MaxLength(200) String name, @Required @Valid Address address) {
    /** The country only: the name may be a person's. */
    @Override
    public String toString() {
      return "Recipient[country=" + (address == null ? null : address.country()) + ", <redacted>]";
    }
  }

  /**
   * What a written bundle holds.
   *
   * @param pages the pages of the whole file, blank pages included
   * @param blankPages how many blank pages were inserted for duplex printing
   * @param addressSheetPages the page (from 1) of each address sheet: the recipient of the
   *     originals first, then each copy recipient; each starts an envelope
   * @param documentPages the pages of each document, in order
   */
  public record Printed(
      int pages, int blankPages, List<Integer> addressSheetPages, List<Integer> documentPages) {
    /** Copies the lists. */
    public Printed {
      addressSheetPages = List.copyOf(addressSheetPages);
      documentPages = List.copyOf(documentPages);
    }
  }

  /** The language of the address sheets (ISO 639-1). */
  public String language() {
    return language;
  }

  /** The case reference printed on the address sheets. */
  public String reference() {
    return reference;
  }

  /** The documents' titles, in order. */
  public List<String> titles() {
    return sources.stream().map(BundleWriter.Source::title).toList();
  }

  /** How many envelopes the bundle fills: one for the recipient and one per copy recipient. */
  public int envelopes() {
    return recipients.size();
  }

  /** Whether blank pages keep documents on sheets of their own when printed on both sides. */
  public boolean duplex() {
    return duplex;
  }

  /**
   * Writes the bundle as one PDF/A-2b file to {@code out} (not closed). The sheets are dated today
   * by the builder's clock, which also gives the file's creation time.
   *
   * @return the page counts of what was written
   * @throws InvalidInputException at {@code documents.N} for a document that is not a readable,
   *     unencrypted PDF/A-1 or PDF/A-2 file with A4 pages, embedded fonts and no output intent
   *     other than sRGB; at {@code recipient} or {@code copies.N} ({@code TOO_LONG}) for a name and
   *     address that need more lines than the envelope window shows (eight at 10 pt); nothing
   *     useful was written then
   * @throws IllegalStateException when a bundle with a document given as a stream is written again
   * @throws IOException when reading a document's stream, a scratch file or writing {@code out}
   *     fails
   */
  public Printed writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    if (streamed && written.getAndSet(true)) {
      throw new IllegalStateException("a bundle with a streamed document can be written once");
    }
    BundleWriter.Result result =
        new BundleWriter(new Pdf(true))
            .write(
                new BundleWriter.Spec(
                    language,
                    sender,
                    recipients,
                    sources,
                    reference,
                    LocalDate.now(clock),
                    clock.instant(),
                    duplex),
                out);
    return new Printed(
        result.pages(), result.blankPages(), result.sheetPages(), result.documentPages());
  }

  /**
   * The bundle as one PDF/A-2b file in memory, with its page count; see {@link
   * #writeTo(OutputStream)} for large bundles.
   *
   * @throws InvalidInputException as {@link #writeTo(OutputStream)}
   * @throws StorageException when a document's stream or a scratch file cannot be read or written
   */
  public LetterPdf toPdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Printed printed = writeTo(out);
      return LetterPdf.adopt(out.toByteArray(), printed.pages());
    } catch (IOException e) {
      throw new StorageException("cannot write the post bundle", e);
    }
  }

  @Override
  public String toString() {
    return "PostBundle[language="
        + language
        + ", documents="
        + sources.size()
        + ", envelopes="
        + recipients.size()
        + ", duplex="
        + duplex
        + ", <redacted>]";
  }

  /**
   * Builds a {@link PostBundle}. Each setting may be made once ({@link IllegalStateException}
   * otherwise), except the repeatable {@link #copyTo} and {@link #document}; each value is checked
   * when given ({@link InvalidInputException} naming the field), and {@link #build()} reports what
   * is missing. Not thread-safe.
   */
  public static final class Builder {
    private Clock clock;
    private Organisation sender;
    private Recipient recipient;
    private final List<Recipient> copies = new ArrayList<>();
    private final List<BundleWriter.Source> sources = new ArrayList<>();
    private String language;
    private String reference;
    private Boolean duplex;

    private Builder() {}

    /** The clock that dates the address sheets and the file (required). */
    public Builder clock(Clock value) {
      once(clock, "clock");
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * The organisation that sends the bundle (required): its name heads the address sheet and, with
     * its address, forms the return line above the window.
     */
    public Builder sender(Organisation value) {
      once(sender, "sender");
      this.sender = Objects.requireNonNull(value, "sender");
      return this;
    }

    /**
     * The recipient of the originals (required), e.g. a controller's legal name and its postal
     * address.
     *
     * @throws InvalidInputException at {@code recipient.name} or {@code recipient.address…}: a name
     *     that is missing, longer than 200 characters or not one line of plain text (CR or LF), an
     *     address that is missing, invalid or has nothing to print
     */
    public Builder recipient(String name, Address address) {
      once(recipient, "recipient");
      this.recipient = checked("recipient", new Recipient(name, address));
      return this;
    }

    /**
     * A further recipient who receives a copy of every document behind an address sheet of its own,
     * which names the recipient of the originals; e.g. the representative in the Union of a
     * controller outside it (Art. 27 GDPR). Repeatable, at most {@value PostBundle#MAX_COPIES}
     * times.
     *
     * @throws InvalidInputException at {@code copies.N.name} or {@code copies.N.address…} as for
     *     {@link #recipient}, or at {@code copies} ({@code TOO_LONG}) beyond {@link #MAX_COPIES}
     */
    public Builder copyTo(String name, Address address) {
      if (copies.size() >= MAX_COPIES) {
        throw new InvalidInputException("copies", ViolationCode.TOO_LONG, "too many copies");
      }
      copies.add(checked("copies." + copies.size(), new Recipient(name, address)));
      return this;
    }

    /**
     * The next document, a PDF/A file given as bytes (the array is not copied; do not change it).
     *
     * @param title the title the address sheet lists: one line of plain text of at most {@value
     *     PostBundle#MAX_TITLE_LENGTH} characters
     * @throws InvalidInputException at {@code documents.N.title}, or at {@code documents} ({@code
     *     TOO_LONG}) beyond {@link #MAX_DOCUMENTS}
     */
    public Builder document(String title, byte[] pdf) {
      String field = nextDocument(title);
      sources.add(new BundleWriter.Source(title.strip(), Objects.requireNonNull(pdf, field), null));
      return this;
    }

    /**
     * The next document, a PDF/A file given as a stream: read to its end (and not closed) when the
     * bundle is written, into a scratch file; such a bundle can be written once.
     *
     * @param title as for {@link #document(String, byte[])}
     * @throws InvalidInputException as for {@link #document(String, byte[])}
     */
    public Builder document(String title, InputStream pdf) {
      String field = nextDocument(title);
      sources.add(new BundleWriter.Source(title.strip(), null, Objects.requireNonNull(pdf, field)));
      return this;
    }

    /** A letter rendered by {@link Letter#toPdf()} as the next document, titled {@code title}. */
    public Builder document(String title, LetterPdf pdf) {
      return document(title, pdf.bytes());
    }

    /**
     * The language of the address sheets (required): ISO 639-1, one of {@code nl}, {@code en},
     * {@code de}, {@code fr} (the languages whose labels have the sheet's words).
     *
     * @throws InvalidInputException at {@code language} ({@code INVALID_VALUE}) for another
     */
    public Builder language(String value) {
      once(language, "language");
      String lang = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
      if (lang == null || lang.isEmpty()) {
        throw new InvalidInputException("language", ViolationCode.REQUIRED, "is required");
      }
      if (!lang.matches("[a-z]{2}") || !AddressSheet.supports(lang)) {
        throw new InvalidInputException(
            "language", ViolationCode.INVALID_VALUE, "has no address sheet in this language");
      }
      this.language = lang;
      return this;
    }

    /**
     * The case reference printed on the address sheets (required): one line of plain text of at
     * most {@value LetterInput#MAX_REFERENCE_LENGTH} characters, as on the letters.
     *
     * @throws InvalidInputException at {@code reference}
     */
    public Builder reference(String value) {
      once(reference, "reference");
      if (value == null || value.isBlank()) {
        throw new InvalidInputException("reference", ViolationCode.REQUIRED, "is required");
      }
      this.reference = LetterInput.requireValidReference(value).strip();
      return this;
    }

    /**
     * Whether blank pages keep each document, and each envelope, on sheets of its own when printed
     * on both sides (default true); false for simplex printing.
     */
    public Builder duplex(boolean value) {
      once(duplex, "duplex");
      this.duplex = value;
      return this;
    }

    /**
     * The immutable bundle.
     *
     * @throws InvalidInputException with {@code REQUIRED} for each of {@code sender}, {@code
     *     recipient}, {@code documents}, {@code language}, {@code reference} not given
     * @throws IllegalStateException when the clock is missing
     */
    public PostBundle build() {
      if (clock == null) {
        throw new IllegalStateException("clock was not set");
      }
      List<Violation> missing = new ArrayList<>();
      require(missing, sender, "sender");
      require(missing, recipient, "recipient");
      require(missing, sources.isEmpty() ? null : sources, "documents");
      require(missing, language, "language");
      require(missing, reference, "reference");
      if (!missing.isEmpty()) {
        throw new InvalidInputException(missing);
      }
      return new PostBundle(this);
    }

    /** The field of the next document, after checking its title and the count. */
    private String nextDocument(String title) {
      String field = "documents." + sources.size();
      if (sources.size() >= MAX_DOCUMENTS) {
        throw new InvalidInputException("documents", ViolationCode.TOO_LONG, "too many documents");
      }
      List<Violation> violations =
          ModelValidator.withoutClock().validateField(Title.class, "title", title);
      if (!violations.isEmpty()) {
        throw new InvalidInputException(prefixed(field, violations));
      }
      return field;
    }

    private static Recipient checked(String field, Recipient value) {
      List<Violation> violations = new ArrayList<>(ModelValidator.withoutClock().validate(value));
      if (violations.isEmpty() && value.address().lines().isEmpty()) {
        violations.add(new Violation("address", ViolationCode.REQUIRED, "has no line to print"));
      }
      if (!violations.isEmpty()) {
        throw new InvalidInputException(prefixed(field, violations));
      }
      return value;
    }

    private static List<Violation> prefixed(String prefix, List<Violation> violations) {
      return violations.stream()
          .map(v -> new Violation(prefix + "." + v.field(), v.code(), v.message()))
          .toList();
    }

    private static void require(List<Violation> missing, Object value, String field) {
      if (value == null) {
        missing.add(new Violation(field, ViolationCode.REQUIRED, "is required"));
      }
    }

    private static void once(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }
  }

  /** The constraints of a document title, checked by the model validator. */
  private record Title(@Required @PlainText @MaxLength(MAX_TITLE_LENGTH) String title) {}
}
