package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.inzage.core.model.AccessItem;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyAssessorTest {
  private static final Set<AccessItem> EXPORT_ANSWERS =
      EnumSet.of(
          AccessItem.CONFIRMATION, AccessItem.ACCESS, AccessItem.CATEGORIES, AccessItem.COPY);

  private final ReplyAssessor assessor =
      ReplyAssessor.builder()
          .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
          .build();

  @Test
  void aTikTokExportAnswersTheCopyButNotTheInformation() {
    byte[] json = TikTokExportGenerator.bytes(Generation.CURRENT, 20_000, 7);
    TikTokExportGenerator.Expected expected =
        TikTokExportGenerator.write(Generation.CURRENT, 20_000, 7, new ByteArrayOutputStream());

    Assessment assessment =
        assessor.assess("tiktok", "user_data_tiktok.json", new ByteArrayInputStream(json));

    assertThat(assessment.controller()).isEqualTo("tiktok");
    // the generated export holds dates in formats no reader knows: reported, the copy answered
    assertThat(expected.unparseable()).isPositive();
    for (AccessItem item : AccessItem.values()) {
      assertThat(assessment.status(item))
          .as(item.name())
          .isEqualTo(EXPORT_ANSWERS.contains(item) ? ItemStatus.ANSWERED : ItemStatus.MISSING);
    }
    assertThat(assessment.categories())
        .containsExactlyElementsOf(new ArrayList<>(expected.categories().values()));
    assertThat(assessment.missing())
        .containsExactly(
            AccessItem.PURPOSES,
            AccessItem.RECIPIENTS,
            AccessItem.RETENTION,
            AccessItem.RIGHTS,
            AccessItem.COMPLAINT,
            AccessItem.SOURCE,
            AccessItem.AUTOMATED_DECISIONS,
            AccessItem.TRANSFER_SAFEGUARDS);
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.PURPOSES)
        .containsExactly(
            new Finding(
                AccessItem.PURPOSES,
                ItemStatus.MISSING,
                "an export of data does not give the information of Art. 15(1)(a) GDPR"));
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY)
        .extracting(Finding::status, Finding::evidence)
        .containsExactly(
            tuple(
                ItemStatus.ANSWERED,
                "an export of "
                    + expected.categories().size()
                    + " categories, "
                    + expected.categories().values().stream().mapToLong(Category::records).sum()
                    + " records"),
            tuple(ItemStatus.ANSWERED, expected.unparseable() + " record dates could not be read"));
  }

  private static Category c(String name, long records) {
    return new Category(name, records, null, null);
  }

  private static final List<Category> CLEAN =
      List.of(c("Your Activity/Login History", 3), c("Profile And Settings/Profile Info", 1));

  static Stream<Arguments> partialRules() {
    String size = "an export of 2 categories, 4 records";
    return Stream.of(
        Arguments.of(
            "all of it read",
            new ExportReading(Generation.CURRENT, CLEAN, 0),
            ItemStatus.ANSWERED,
            List.of(size),
            ItemStatus.ANSWERED,
            "the export's sections name 2 categories"),
        Arguments.of(
            "unreadable dates",
            new ExportReading(Generation.CURRENT, CLEAN, 2),
            ItemStatus.ANSWERED,
            List.of(size, "2 record dates could not be read"),
            ItemStatus.ANSWERED,
            "the export's sections name 2 categories"),
        Arguments.of(
            "broken records",
            new ExportReading(Generation.ZOOM, CLEAN, 0, 3, 0, 0, 0),
            ItemStatus.ANSWERED,
            List.of(
                size,
                "3 records could not be read (a row with more or fewer fields than its header, a"
                    + " cue with an unreadable timing, a block without a \"Key: value\" line)"),
            ItemStatus.ANSWERED,
            "the export's sections name 2 categories"),
        Arguments.of(
            "files of an unknown type",
            new ExportReading(
                Generation.ZOOM,
                List.of(c("Sign-in history", 2), c(ExportReading.UNREAD_FILES, 1)),
                0,
                0,
                1,
                0,
                0),
            ItemStatus.ANSWERED,
            List.of(
                "an export of 1 categories, 2 records",
                "1 files of a type the reader does not know were counted, not read (category"
                    + " (unread files))"),
            ItemStatus.ANSWERED,
            "the export's sections name 1 categories"),
        Arguments.of(
            "media counted, all read",
            new ExportReading(Generation.ZOOM, List.of(c("Recordings", 2)), 0, 0, 0, 2, 9000),
            ItemStatus.ANSWERED,
            List.of(
                "an export of 1 categories, 2 records",
                "2 media files (9000 bytes) counted, not read"),
            ItemStatus.ANSWERED,
            "the export's sections name 1 categories"),
        Arguments.of(
            "categories without any record",
            new ExportReading(Generation.LEGACY, List.of(c("Video/Videos", 0)), 0),
            ItemStatus.PARTIAL,
            List.of(
                "an export of 1 categories, 0 records", "the export's categories hold no record"),
            ItemStatus.ANSWERED,
            "the export's sections name 1 categories"),
        Arguments.of(
            "an empty login history",
            new ExportReading(
                Generation.CURRENT,
                List.of(c("Your Activity/Login History", 0), c("Your Activity/Watch History", 5)),
                0),
            ItemStatus.ANSWERED,
            List.of(
                "an export of 2 categories, 5 records",
                "present but empty, though every account has such data: Your Activity/Login"
                    + " History"),
            ItemStatus.ANSWERED,
            "the export's sections name 2 categories"),
        Arguments.of(
            "an empty profile and sign-in history, any case",
            new ExportReading(
                Generation.TXT,
                List.of(c("Profile/PROFILE INFO", 0), c("Sign-in History", 0), c("Video", 1)),
                0),
            ItemStatus.ANSWERED,
            List.of(
                "an export of 3 categories, 1 records",
                "present but empty, though every account has such data: Profile/PROFILE INFO,"
                    + " Sign-in History"),
            ItemStatus.ANSWERED,
            "the export's sections name 3 categories"),
        Arguments.of(
            "an empty category that an account need not have",
            new ExportReading(
                Generation.CURRENT,
                List.of(c("Your Activity/Purchases", 0), c("Your Activity/Login History", 1)),
                0),
            ItemStatus.ANSWERED,
            List.of("an export of 2 categories, 1 records"),
            ItemStatus.ANSWERED,
            "the export's sections name 2 categories"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partialRules")
  void anExportGivenOnlyInPartIsPartial(
      String what,
      ExportReading reading,
      ItemStatus copy,
      List<String> copyEvidence,
      ItemStatus categories,
      String categoriesEvidence) {
    Assessment assessment = ReplyAssessor.assessExport("x", reading);

    assertThat(assessment.status(AccessItem.COPY)).isEqualTo(copy);
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY)
        .extracting(Finding::evidence)
        .containsExactlyElementsOf(copyEvidence);
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY && f.status() != copy)
        .isEmpty();
    assertThat(assessment.status(AccessItem.CATEGORIES)).isEqualTo(categories);
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.CATEGORIES)
        .containsExactly(new Finding(AccessItem.CATEGORIES, categories, categoriesEvidence));
    assertThat(assessment.status(AccessItem.CONFIRMATION)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.status(AccessItem.ACCESS)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.missing().contains(AccessItem.COPY))
        .isEqualTo(copy == ItemStatus.PARTIAL);
    assertThat(assessment.missing().contains(AccessItem.CATEGORIES))
        .isEqualTo(categories == ItemStatus.PARTIAL);
  }

  @Test
  void aZoomReplyIsReadByTheZoomReader_andItsUnknownFileIsReported() {
    Assessment assessment =
        assessor.assess(
            "zoom", "reply.zip", new ByteArrayInputStream(ZoomReplyReaderTest.reply(true)));

    assertThat(assessment.categories()).extracting(Category::name).startsWith("Meetings");
    assertThat(assessment.status(AccessItem.COPY)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.status(AccessItem.CATEGORIES)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY)
        .extracting(Finding::evidence)
        .containsExactly(
            "an export of 10 categories, 25 records",
            "2 media files (5006 bytes) counted, not read",
            "1 files of a type the reader does not know were counted, not read (category"
                + " (unread files))");

    Assessment clean =
        assessor.assess(
            "zoom", "reply.zip", new ByteArrayInputStream(ZoomReplyReaderTest.reply(false)));
    assertThat(clean.status(AccessItem.COPY)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(clean.missing()).doesNotContain(AccessItem.COPY, AccessItem.CATEGORIES);
  }

  @Test
  void aTikTokZipIsReadAsJsonOrTxtByItsContent() {
    Assessment txt =
        assessor.assess(
            "tiktok", "tiktok.zip", new ByteArrayInputStream(TikTokTxtExportTest.export()));

    assertThat(txt.categories())
        .extracting(Category::name)
        .contains("Activity/Login History", "Profile/Profile Info");
    // an unreadable date, a broken block and a PDF it does not read: reported, the copy answered
    assertThat(txt.status(AccessItem.COPY)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(txt.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY)
        .extracting(Finding::evidence)
        .anyMatch(e -> e.endsWith("record dates could not be read"))
        .anyMatch(e -> e.startsWith("1 records could not be read"))
        .anyMatch(e -> e.startsWith("1 files of a type the reader does not know"));

    // the same archive under the Zoom reader is a Zoom reply: its text files are no chats
    Assessment asZoom =
        assessor.assess(
            "zoom", "tiktok.zip", new ByteArrayInputStream(TikTokTxtExportTest.export()));
    assertThat(asZoom.categories())
        .extracting(Category::name)
        .containsExactly(ExportReading.UNREAD_FILES);
    assertThat(asZoom.status(AccessItem.COPY)).isEqualTo(ItemStatus.MISSING);
  }

  @Test
  void aNoDataEmailConfirmsNegativelyAndNothingElseApplies() throws Exception {
    byte[] eml =
        email(
            "Dear requester,\r\n\r\nWe have searched our systems. We hold no personal data about"
                + " you.\r\n\r\nKind regards,\r\nPrivacy team");

    Assessment assessment = assessor.assess("palantir", "reply.eml", new ByteArrayInputStream(eml));

    assertThat(assessment.status(AccessItem.CONFIRMATION)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.items().values())
        .filteredOn(s -> s != ItemStatus.ANSWERED)
        .hasSize(AccessItem.values().length - 1)
        .containsOnly(ItemStatus.NOT_APPLICABLE);
    assertThat(assessment.missing()).isEmpty();
    assertThat(assessment.findings())
        .containsExactly(
            new Finding(
                AccessItem.CONFIRMATION,
                ItemStatus.ANSWERED,
                "we hold no personal data about you."));
  }

  @Test
  void anHtmlOnlyEmailIsReadWithoutItsTags() throws Exception {
    byte[] eml = htmlEmail("<p>Hello,</p><p>Wij hebben <b>geen</b> persoonsgegevens van u.</p>");

    Assessment assessment = assessor.assess("palantir", "reply.eml", new ByteArrayInputStream(eml));

    assertThat(assessment.status(AccessItem.CONFIRMATION)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(assessment.findings().get(0).evidence())
        .isEqualTo("wij hebben geen persoonsgegevens van u.");
  }

  @Test
  void aProcessorOnlyLetterAnswersNothingAndCallsForAFollowUp() {
    byte[] txt =
        "Thank you for your request. We hold no data as controller; Palantir acts only as a"
            .concat(" processor for its customers.")
            .getBytes(StandardCharsets.UTF_8);

    Assessment assessment = assessor.assess("palantir", "reply.txt", new ByteArrayInputStream(txt));

    assertThat(assessment.items().values()).containsOnly(ItemStatus.MISSING);
    assertThat(assessment.missing()).containsExactlyInAnyOrder(AccessItem.values());
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo(AccessItem.CONFIRMATION);
              assertThat(f.status()).isEqualTo(ItemStatus.MISSING);
              assertThat(f.evidence())
                  .contains("palantir acts only as a processor for its customers.")
                  .contains("Art. 28(3)(e)");
            });
  }

  @Test
  void aPdfLetterIsReadThroughItsTextLayer() throws Exception {
    byte[] pdf =
        pdf("Nous ne detenons aucune donnee vous concernant.", "We act only as a processor.");

    Assessment assessment = assessor.assess("palantir", "reply.pdf", new ByteArrayInputStream(pdf));

    assertThat(assessment.items().values()).containsOnly(ItemStatus.MISSING);
    assertThat(assessment.findings().get(0).evidence()).contains("we act only as a processor.");
  }

  @Test
  void anEmptyReplyAnswersNothing() {
    Assessment assessment =
        assessor.assess("zoom", "reply.txt", new ByteArrayInputStream(new byte[0]));

    assertThat(assessment.items().values()).containsOnly(ItemStatus.MISSING);
    assertThat(assessment.findings())
        .containsExactly(
            new Finding(AccessItem.CONFIRMATION, ItemStatus.MISSING, "the reply is empty"));
  }

  @Test
  void anExportWithoutCategoriesAnswersNothing() {
    Assessment assessment =
        assessor.assess(
            "tiktok",
            "user_data.json",
            new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));

    assertThat(assessment.missing()).containsExactlyInAnyOrder(AccessItem.values());
  }

  @Test
  void unreadableLettersAndUnknownFormatsAreRefused() {
    assertThatThrownBy(
            () ->
                assessor.assess(
                    "zoom",
                    "reply.pdf",
                    new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            RejectedReplyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectedReplyException.Reason.UNREADABLE_LETTER);
              assertThat(e.getMessage()).endsWith("(reply.pdf: not a readable PDF)");
            });
    assertThatThrownBy(
            () ->
                assessor.assess(
                    "zoom", "reply.txt", new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28})))
        .isInstanceOfSatisfying(
            RejectedReplyException.class,
            e -> assertThat(e.getMessage()).endsWith("(reply.txt: not UTF-8 text)"));
    assertThatThrownBy(
            () -> assessor.assess("zoom", "reply.docx", new ByteArrayInputStream(new byte[0])))
        .isInstanceOfSatisfying(
            RejectedReplyException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectedReplyException.Reason.UNKNOWN_FORMAT));
  }

  @Test
  void missingFeedsTheLettersFacts() {
    Assessment assessment =
        ReplyAssessor.assessLetter("palantir", "We act only as a processor for our customers.");

    assertThat(List.copyOf(assessment.missing())).hasSize(AccessItem.values().length);
  }

  static byte[] email(String text) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("privacy@example.com"));
    message.setSubject("Your access request");
    MimeMultipart multipart = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, "UTF-8");
    multipart.addBodyPart(plain);
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p>ignored</p>", "text/html; charset=UTF-8");
    multipart.addBodyPart(html);
    message.setContent(multipart);
    message.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  static byte[] htmlEmail(String html) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("privacy@example.com"));
    message.setContent(html, "text/html; charset=UTF-8");
    message.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  static byte[] pdf(String... lines) throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -15);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aReplyOfOnlyUnreadFiles_answersNothing_andSaysWhy() {
    byte[] zip =
        new TestZip()
            .file("cover-letter.pdf", "%PDF-1.7 not read")
            .file("notes.docx", "PK not read")
            .bytes();

    Assessment assessment = assessor.assess("zoom", "reply.zip", new ByteArrayInputStream(zip));

    for (AccessItem item : AccessItem.values()) {
      assertThat(assessment.status(item)).as(item.name()).isEqualTo(ItemStatus.MISSING);
    }
    assertThat(assessment.findings())
        .filteredOn(f -> f.item() == AccessItem.COPY)
        .extracting(Finding::evidence)
        .containsExactly(
            "the export holds no category of data",
            "2 files of a type the reader does not know were counted, not read (category"
                + " (unread files))");
  }
}
