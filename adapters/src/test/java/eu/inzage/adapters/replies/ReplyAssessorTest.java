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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

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
    // the generated export holds dates in formats no reader knows: the copy is partial
    assertThat(expected.unparseable()).isPositive();
    for (AccessItem item : AccessItem.values()) {
      assertThat(assessment.status(item))
          .as(item.name())
          .isEqualTo(
              item == AccessItem.COPY
                  ? ItemStatus.PARTIAL
                  : EXPORT_ANSWERS.contains(item) ? ItemStatus.ANSWERED : ItemStatus.MISSING);
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
            AccessItem.TRANSFER_SAFEGUARDS,
            AccessItem.COPY);
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
                ItemStatus.PARTIAL,
                "an export of "
                    + expected.categories().size()
                    + " categories, "
                    + expected.categories().values().stream().mapToLong(Category::records).sum()
                    + " records"),
            tuple(
                ItemStatus.PARTIAL, expected.unparseable() + " record dates could not be read"));
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
}
