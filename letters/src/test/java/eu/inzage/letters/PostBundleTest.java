package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.letters.internal.pdf.EnvelopeWindow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Post bundles: one PDF/A-2b file of address sheet, letter, mandate and enclosures, the recipient
 * in the envelope window, blank backs for duplex printing, and what is refused.
 */
class PostBundleTest {
  private static final float MM = 72f / 25.4f;
  private static final String REFERENCE = "INZ-2026-000123/zoom";
  private static final Address ZOOM =
      new Address("55 Almaden Blvd, Suite 600", "95113", "San Jose", "CA", "US");
  private static final Address REPRESENTATIVE =
      Address.of("Hauptstraße 5", "10115", "Berlin", "DE");

  private static LetterPdf access;
  private static LetterPdf mandate;
  private static byte[] idCopy;

  @BeforeAll
  static void letters() throws IOException {
    access = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "en")).toPdf();
    mandate = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.MANDATE, "en")).toPdf();
    idCopy = PdfAFiles.scan(1);
  }

  private static PostBundle.Builder bundle() {
    return PostBundle.builder()
        .clock(Fixtures.CLOCK)
        .sender(Fixtures.organisation())
        .recipient("Zoom Communications, Inc.", ZOOM)
        .language("en")
        .reference(REFERENCE);
  }

  private static PostBundle.Builder realBundle() {
    return bundle()
        .document("Access request (Art. 15 GDPR)", access)
        .document("Mandate", mandate)
        .document("Copy of identity document (redacted)", idCopy);
  }

  @Test
  void enclosure_madeForTheTests_isItselfPdfA() throws Exception {
    assertThat(PdfAValidator.failures(idCopy)).isEmpty();
  }

  @Test
  void toPdf_letterMandateAndEnclosure_passesVeraPdf() throws Exception {
    LetterPdf pdf = realBundle().build().toPdf();

    assertThat(PdfAValidator.failures(pdf.bytes())).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(pdf.pages());
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Address sheet");
    }
  }

  @Test
  void toPdf_withCopyToTheRepresentative_passesVeraPdfAndRepeatsTheDocuments() throws Exception {
    PostBundle bundle =
        realBundle().copyTo("Zoom Video Communications Germany GmbH", REPRESENTATIVE).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PostBundle.Printed printed = bundle.writeTo(out);
    byte[] pdf = out.toByteArray();

    assertThat(PdfAValidator.failures(pdf)).isEmpty();
    int envelope = printed.pages() / 2;
    assertThat(printed.addressSheetPages()).containsExactly(1, envelope + 1);
    String copySheet = PdfText.pages(pdf, envelope + 1, envelope + 1);
    assertThat(copySheet)
        .contains("Zoom Video Communications Germany GmbH")
        .contains("Copy: the original documents were sent to Zoom Communications, Inc.")
        .contains("Address sheet: copy of the enclosed documents");
    assertThat(PdfText.pages(pdf, envelope + 3, envelope + 3)).isEqualTo(PdfText.pages(pdf, 3, 3));
  }

  @Test
  void addressSheet_text_isExtractable() throws Exception {
    PostBundle.Printed[] printed = new PostBundle.Printed[1];
    byte[] pdf = write(realBundle().build(), p -> printed[0] = p);

    String sheet = PdfText.pages(pdf, 1, 1);
    assertThat(sheet)
        .contains("Zoom Communications, Inc.")
        .contains("55 Almaden Blvd, Suite 600")
        .contains("San Jose, CA 95113")
        .contains("UNITED STATES")
        .contains(REFERENCE)
        .contains("Stichting Inzage Collectief · Keizersgracht 100 · 1015 AA Amsterdam")
        .contains("1 Access request (Art. 15 GDPR) " + access.pages())
        .contains("2 Mandate " + mandate.pages())
        .contains("3 Copy of identity document (redacted) 1")
        .contains("Pages in this envelope " + printed[0].pages());
    assertThat(printed[0].documentPages()).containsExactly(access.pages(), mandate.pages(), 1);
  }

  @Test
  void addressSheet_recipientAndReturnLine_lieInTheEnvelopeWindow() throws Exception {
    byte[] pdf = realBundle().build().toPdf().bytes();
    Map<Float, List<TextPosition>> rows = leftColumnRows(pdf);

    List<String> expected =
        List.of(
            "Zoom Communications, Inc.",
            "55 Almaden Blvd, Suite 600",
            "San Jose, CA 95113",
            "UNITED STATES",
            "Stichting Inzage Collectief · Keizersgracht 100 · 1015 AA Amsterdam");
    float left = EnvelopeWindow.LEFT_MM * MM;
    float right = (EnvelopeWindow.LEFT_MM + EnvelopeWindow.WIDTH_MM) * MM;
    float top = EnvelopeWindow.TOP_MM * MM;
    float bottom = (EnvelopeWindow.TOP_MM + EnvelopeWindow.HEIGHT_MM) * MM;
    List<String> found = new ArrayList<>();
    for (List<TextPosition> row : rows.values()) {
      String text = text(row);
      if (!expected.contains(text)) {
        continue;
      }
      found.add(text);
      for (TextPosition p : row) {
        assertThat(p.getXDirAdj()).as(text).isBetween(left, right);
        assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as(text).isBetween(left, right);
        assertThat(p.getYDirAdj() - p.getHeightDir()).as(text).isBetween(top, bottom);
        assertThat(p.getYDirAdj()).as(text).isBetween(top, bottom);
      }
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void addressSheet_windowPosition_isTheLettersOwn() throws Exception {
    byte[] sheet = realBundle().build().toPdf().bytes();
    Map<Float, List<TextPosition>> letterRows = leftColumnRows(access.bytes());
    Map<Float, List<TextPosition>> sheetRows = leftColumnRows(sheet);

    float letterName = baseline(letterRows, "Stichting Inzage Collectief · Keizersgracht 100");
    float sheetName = baseline(sheetRows, "Stichting Inzage Collectief · Keizersgracht 100");
    assertThat(sheetName).isEqualTo(letterName);
    assertThat(x(sheetRows, "Zoom Communications, Inc.")).isEqualTo(x(letterRows, "TikTok"));
  }

  @Test
  void unicodeNames_renderAndExtract() throws Exception {
    List<String> names =
        List.of(
            "Zoë Ångström-Łukasiewicz",
            "Ελληνική Εταιρεία Δεδομένων Α.Ε.",
            "Zażółć gęślą jaźń Sp. z o.o.");
    for (String name : names) {
      PostBundle bundle =
          PostBundle.builder()
              .clock(Fixtures.CLOCK)
              .sender(Fixtures.organisation())
              .recipient(name, Address.of("Οδός Ερμού 10", "105 63", "Αθήνα", "GR"))
              .copyTo(name + " (kopia)", Address.of("ul. Żółkiewskiego 7", "00-001", "Łódź", "PL"))
              .language("nl")
              .reference(REFERENCE)
              .document("Verzoek om inzage – Łódź", access)
              .build();
      byte[] pdf = bundle.toPdf().bytes();

      assertThat(PdfText.pages(pdf, 1, 1))
          .contains(name)
          .contains("Οδός Ερμού 10")
          .contains("GRIEKENLAND")
          .contains("Verzoek om inzage – Łódź");
      assertThat(PdfText.of(pdf)).contains(name + " (kopia)").contains("ul. Żółkiewskiego 7");
      assertThat(PdfAValidator.failures(pdf)).as(name).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nl", "en", "de", "fr", " DE "})
  void addressSheet_everyLanguage_hasItsLabels(String language) throws Exception {
    byte[] pdf =
        PostBundle.builder()
            .clock(Fixtures.CLOCK)
            .sender(Fixtures.organisation())
            .recipient("Zoom Communications, Inc.", ZOOM)
            .language(language)
            .reference(REFERENCE)
            .document("Mandate", mandate)
            .build()
            .toPdf()
            .bytes();

    String expected =
        switch (language.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "nl" -> "Adresblad: bijgevoegde documenten";
          case "de" -> "Adressblatt: beigefügte Unterlagen";
          case "fr" -> "Feuille d'adresse\u202f: documents joints";
          default -> "Address sheet: enclosed documents";
        };
    assertThat(PdfText.pages(pdf, 1, 1)).contains(expected);
    assertThat(PdfAValidator.failures(pdf)).isEmpty();
  }

  static Stream<Arguments> duplexCases() {
    // documents of 3, 1 and 2 pages behind a one-page sheet
    return Stream.of(
        Arguments.of(true, 10, 3, List.of(3, 7, 9)), Arguments.of(false, 7, 0, List.of(2, 5, 6)));
  }

  @ParameterizedTest(name = "duplex {0}")
  @MethodSource("duplexCases")
  void duplex_blankPages_keepEachDocumentOnItsOwnSheets(
      boolean duplex, int pages, int blanks, List<Integer> starts) throws Exception {
    PostBundle.Printed[] printed = new PostBundle.Printed[1];
    byte[] pdf =
        write(
            bundle()
                .document("Three", PdfAFiles.scan(3))
                .document("One", PdfAFiles.scan(1))
                .document("Two", PdfAFiles.scan(2))
                .duplex(duplex)
                .build(),
            p -> printed[0] = p);

    assertThat(printed[0].pages()).isEqualTo(pages);
    assertThat(printed[0].blankPages()).isEqualTo(blanks);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(pages);
      List<Integer> withImage = new ArrayList<>();
      List<Integer> blank = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
        if (page.getResources().getXObjectNames().iterator().hasNext()) {
          withImage.add(i + 1);
        } else if (!page.hasContents()) {
          blank.add(i + 1);
        }
      }
      assertThat(blank).hasSize(blanks);
      // the first page of each document: the pages after the sheet that hold an image and follow
      // a page of another document or a blank one
      assertThat(withImage).containsAll(starts);
      for (int start : starts) {
        assertThat(duplex ? start % 2 : 1).as("page %d starts a sheet", start).isEqualTo(1);
      }
    }
    assertThat(PdfAValidator.failures(pdf)).isEmpty();
  }

  @Test
  void duplex_copyRecipient_startsOnAFreshSheet() throws Exception {
    PostBundle.Printed[] printed = new PostBundle.Printed[1];
    write(
        bundle()
            .copyTo("Zoom Video Communications Germany GmbH", REPRESENTATIVE)
            .document("One", PdfAFiles.scan(1))
            .build(),
        p -> printed[0] = p);

    // sheet, document; then the copy's sheet and document: every part on its own sheet
    assertThat(printed[0].addressSheetPages()).containsExactly(1, 5);
    assertThat(printed[0].pages()).isEqualTo(8);
    assertThat(printed[0].blankPages()).isEqualTo(4);
  }

  @Test
  void addressSheet_longListOfDocuments_statesTheTotalItReallyHas() throws Exception {
    PostBundle.Builder builder = bundle();
    for (int i = 1; i <= PostBundle.MAX_DOCUMENTS; i++) {
      builder.document("Enclosure " + i, idCopy);
    }
    PostBundle.Printed[] printed = new PostBundle.Printed[1];
    byte[] pdf = write(builder.build(), p -> printed[0] = p);

    assertThat(PdfText.of(pdf)).contains("Pages in this envelope " + printed[0].pages());
    // one sheet of two pages, then fifty one-page documents each on a sheet of its own
    assertThat(printed[0].pages()).isEqualTo(2 + 2 * PostBundle.MAX_DOCUMENTS);
    assertThat(printed[0].blankPages()).isEqualTo(PostBundle.MAX_DOCUMENTS);
    Refusals.refusedAt(
        () -> builder.document("One too many", idCopy), "documents", ViolationCode.TOO_LONG);
  }

  static Stream<Arguments> tallAddresses() {
    Address tall = Address.of("Suite 600, ".repeat(24).strip(), "95113", "San Jose", "US");
    return Stream.of(
        Arguments.of(
            (Consumer<PostBundle.Builder>) b -> b.recipient("Zoom Communications, Inc.", tall),
            "recipient"),
        Arguments.of(
            (Consumer<PostBundle.Builder>)
                b -> b.recipient("Zoom Communications, Inc.", ZOOM).copyTo("Representative", tall),
            "copies.0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("tallAddresses")
  void writeTo_addressTallerThanTheWindow_isRefused(
      Consumer<PostBundle.Builder> recipients, String field) {
    PostBundle.Builder builder =
        PostBundle.builder()
            .clock(Fixtures.CLOCK)
            .sender(Fixtures.organisation())
            .language("en")
            .reference(REFERENCE)
            .document("Mandate", mandate);
    recipients.accept(builder);
    PostBundle bundle = builder.build();

    Refusals.refusedAt(
        () -> bundle.writeTo(new ByteArrayOutputStream()), field, ViolationCode.TOO_LONG);
  }

  @Test
  void addressSheet_eightLines_fitTheWindow() throws Exception {
    // name on two lines, street on three, city, region, country: eight lines
    String name = "Zoom Communications Incorporated, Department of Data Protection and Privacy";
    Address address =
        new Address(
            "Attention of the Data Protection Officer, Legal Department, 55 Almaden Boulevard,"
                + " Suite 600, Building North",
            "95113",
            "San Jose",
            "California",
            "GB");
    byte[] pdf =
        PostBundle.builder()
            .clock(Fixtures.CLOCK)
            .sender(Fixtures.organisation())
            .recipient(name, address)
            .language("en")
            .reference(REFERENCE)
            .document("Mandate", mandate)
            .build()
            .toPdf()
            .bytes();

    float bottom = (EnvelopeWindow.TOP_MM + EnvelopeWindow.HEIGHT_MM) * MM;
    Map<Float, List<TextPosition>> rows = leftColumnRows(pdf);
    float last = baseline(rows, "UNITED KINGDOM");
    float returnLine = baseline(rows, "Stichting Inzage Collectief ·");
    assertThat(rows.keySet().stream().filter(y -> y > returnLine && y <= last)).hasSize(8);
    assertThat(last).isLessThanOrEqualTo(bottom);
  }

  @Test
  void document_givenAsStream_isWrittenOnceFromAScratchFile() throws Exception {
    PostBundle bundle =
        bundle().document("Copy of identity document", new ByteArrayInputStream(idCopy)).build();

    byte[] pdf = write(bundle, p -> assertThat(p.documentPages()).containsExactly(1));
    assertThat(PdfAValidator.failures(pdf)).isEmpty();
    assertThatThrownBy(() -> bundle.writeTo(new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class);
  }

  static Stream<Arguments> refusedDocuments() throws IOException {
    return Stream.of(
        Arguments.of("not PDF/A", PdfAFiles.plainPdf(), "is not PDF/A"),
        Arguments.of("font not embedded", PdfAFiles.claimWithoutFonts(), "not embedded"),
        Arguments.of("US Letter", PdfAFiles.letterSize(), "page 1 is not A4"),
        Arguments.of("encrypted", PdfAFiles.encrypted(), "is encrypted"),
        Arguments.of(
            "not a PDF",
            "%PDF-1.7 nothing".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "not a readable PDF"),
        Arguments.of("empty", new byte[0], "not a readable PDF"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDocuments")
  void writeTo_documentThatIsNotPdfA_isRefusedByItsPlace(String name, byte[] file, String why) {
    PostBundle bundle = bundle().document("Letter", access).document("Enclosure", file).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(
            Refusals.refusedAt(
                    () -> bundle.writeTo(out), "documents.1", ViolationCode.INVALID_VALUE)
                .getMessage())
        .contains(why);
  }

  static Stream<Arguments> refusedSettings() {
    Address nl = Address.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL");
    return Stream.of(
        Arguments.of(
            "recipient with LF",
            (Consumer<PostBundle.Builder>) b -> b.recipient("Zoom\nInc.", nl),
            "recipient.name",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "recipient with CR",
            (Consumer<PostBundle.Builder>) b -> b.recipient("Zoom\rInc.", nl),
            "recipient.name",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "recipient blank",
            (Consumer<PostBundle.Builder>) b -> b.recipient(" ", nl),
            "recipient.name",
            ViolationCode.REQUIRED),
        Arguments.of(
            "recipient too long",
            (Consumer<PostBundle.Builder>) b -> b.recipient("x".repeat(201), nl),
            "recipient.name",
            ViolationCode.TOO_LONG),
        Arguments.of(
            "recipient without address",
            (Consumer<PostBundle.Builder>) b -> b.recipient("Zoom", null),
            "recipient.address",
            ViolationCode.REQUIRED),
        Arguments.of(
            "address without lines",
            (Consumer<PostBundle.Builder>)
                b -> b.recipient("Zoom", Address.of(null, null, null, "US")),
            "recipient.address",
            ViolationCode.REQUIRED),
        Arguments.of(
            "street with LF",
            (Consumer<PostBundle.Builder>)
                b -> b.recipient("Zoom", Address.of("Main St\n1", "1", "X", "US")),
            "recipient.address.street",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "copy with LF",
            (Consumer<PostBundle.Builder>) b -> b.copyTo("Zoom\nGmbH", nl),
            "copies.0.name",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "title with CR LF",
            (Consumer<PostBundle.Builder>) b -> b.document("Mandate\r\nextra", new byte[1]),
            "documents.0.title",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "title bidi override",
            (Consumer<PostBundle.Builder>) b -> b.document("Mandate\u202e", new byte[1]),
            "documents.0.title",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "title missing",
            (Consumer<PostBundle.Builder>) b -> b.document(null, new byte[1]),
            "documents.0.title",
            ViolationCode.REQUIRED),
        Arguments.of(
            "title too long",
            (Consumer<PostBundle.Builder>) b -> b.document("t".repeat(201), new byte[1]),
            "documents.0.title",
            ViolationCode.TOO_LONG),
        Arguments.of(
            "reference with LF",
            (Consumer<PostBundle.Builder>) b -> b.reference("A\nB"),
            "reference",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "reference too long",
            (Consumer<PostBundle.Builder>) b -> b.reference("r".repeat(81)),
            "reference",
            ViolationCode.TOO_LONG),
        Arguments.of(
            "reference blank",
            (Consumer<PostBundle.Builder>) b -> b.reference(""),
            "reference",
            ViolationCode.REQUIRED),
        Arguments.of(
            "language without sheet",
            (Consumer<PostBundle.Builder>) b -> b.language("pt"),
            "language",
            ViolationCode.INVALID_VALUE),
        Arguments.of(
            "language not a code",
            (Consumer<PostBundle.Builder>) b -> b.language("../en"),
            "language",
            ViolationCode.INVALID_VALUE),
        Arguments.of(
            "language blank",
            (Consumer<PostBundle.Builder>) b -> b.language(" "),
            "language",
            ViolationCode.REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSettings")
  void builder_badSetting_isRefusedNamingTheField(
      String name, Consumer<PostBundle.Builder> setting, String field, ViolationCode code) {
    assertThat(Refusals.refusedAt(() -> setting.accept(PostBundle.builder()), field, code))
        .hasMessageNotContaining("Zoom")
        .hasMessageNotContaining("Mandate");
  }

  @Test
  void build_missingParts_areReportedTogether() {
    assertThatThrownBy(() -> PostBundle.builder().clock(Fixtures.CLOCK).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("sender", "recipient", "documents", "language", "reference"));
  }

  @Test
  void builder_isStrict() {
    assertThatThrownBy(() -> bundle().recipient("Other", ZOOM))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> bundle().language("de")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> bundle().duplex(true).duplex(false))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PostBundle.builder().sender(Fixtures.organisation()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clock");
    PostBundle.Builder many = bundle();
    for (int i = 0; i < PostBundle.MAX_COPIES; i++) {
      many.copyTo("Copy " + i, REPRESENTATIVE);
    }
    Refusals.refusedAt(
        () -> many.copyTo("One too many", REPRESENTATIVE), "copies", ViolationCode.TOO_LONG);
  }

  @Test
  void toString_namesNoRecipient() {
    PostBundle bundle = realBundle().build();

    assertThat(bundle.toString()).doesNotContain("Zoom").contains("documents=3");
    assertThat(bundle.titles())
        .containsExactly(
            "Access request (Art. 15 GDPR)", "Mandate", "Copy of identity document (redacted)");
  }

  /** Writes a sample to look at when {@code -Dpost.sample=FILE} is given (not an assertion). */
  @Test
  void sample_forTheEye() throws Exception {
    String target = System.getProperty("post.sample");
    if (target != null) {
      ControllerProfile zoom = Fixtures.controller("zoom");
      PostBundle.Builder builder = realBundle();
      if (zoom.representative() != null && zoom.representative().address() != null) {
        builder.copyTo(zoom.representative().name(), zoom.representative().address());
      }
      Files.write(Path.of(target), builder.build().toPdf().bytes());
    }
    assertThat(access.pages()).isPositive();
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(0.5f);
  }

  private static byte[] write(PostBundle bundle, Consumer<PostBundle.Printed> printed)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    printed.accept(bundle.writeTo(out));
    return out.toByteArray();
  }

  /** The text rows of the first page left of the information block, by baseline from the top. */
  private static Map<Float, List<TextPosition>> leftColumnRows(byte[] pdf) throws IOException {
    Map<Float, List<TextPosition>> rows = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              if (text.getXDirAdj() < 120 * MM) {
                rows.computeIfAbsent(text.getYDirAdj(), y -> new ArrayList<>()).add(text);
              }
            }
          };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return rows;
  }

  private static String text(List<TextPosition> row) {
    StringBuilder text = new StringBuilder();
    for (TextPosition p : row) {
      text.append(p.getUnicode());
    }
    return text.toString();
  }

  private static float baseline(Map<Float, List<TextPosition>> rows, String prefix) {
    return rows.entrySet().stream()
        .filter(e -> text(e.getValue()).startsWith(prefix))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static float x(Map<Float, List<TextPosition>> rows, String prefix) {
    return rows.values().stream()
        .filter(r -> text(r).startsWith(prefix))
        .map(r -> r.get(0).getXDirAdj())
        .findFirst()
        .orElseThrow();
  }
}
