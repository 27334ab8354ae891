package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The mandate carries every element of {@code docs/law/mandate.md}. */
class MandateTest {
  private static LetterFacts signed(SignatureEvidence evidence) {
    return LetterFacts.builder()
        .signature(evidence)
        .signedOn(LocalDate.of(2026, 11, 27))
        .signedAt("Utrecht")
        .validUntil(LocalDate.of(2027, 12, 31))
        .subDelegation(false)
        .build();
  }

  /** Zoë's mandate for TikTok in a language, signed with the evidence. */
  private static Letter signedMandate(String language, SignatureEvidence evidence) {
    return Fixtures.LETTERS.compose(
        LetterInput.of(
                LetterKind.MANDATE,
                Fixtures.participant("Zoë Ångström", language),
                Fixtures.controller("tiktok"),
                Fixtures.organisation())
            .withFacts(signed(evidence)));
  }

  static String png() throws Exception {
    BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(20, 30, 120));
    g.setStroke(new BasicStroke(4));
    g.drawLine(10, 80, 100, 20);
    g.drawLine(100, 20, 180, 70);
    g.drawLine(180, 70, 290, 15);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  @Test
  void compose_participantLanguageDiffersFromController_isBilingualWithOneFingerprint()
      throws Exception {
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.MANDATE,
                    Fixtures.participant("Zoë Ångström", "nl"),
                    Fixtures.controller("tiktok"),
                    Fixtures.organisation())
                .withFacts(LetterFacts.builder().signedOn(LocalDate.of(2026, 11, 27)).build()));

    assertThat(letter.languages()).containsExactly("nl", "en");
    String hash = letter.mandateTextSha256().orElseThrow();
    assertThat(hash).matches("[0-9a-f]{64}");
    String text = PdfText.squash(letter.text());
    assertThat(text)
        .contains("Nederlandse versie", "English version", "Volmacht", "Mandate")
        .contains("@zoe")
        .doesNotContain("14 februari 1990", "14 February 1990")
        .contains("Stichting Inzage Collectief", "KvK 12345678", "not for profit")
        .contains("to receive the answer and my personal data on my behalf")
        .contains("Article 77", "Articles 78 and 79", "Article 82")
        .contains("at least 18 years old", "until 27 November 2028", "verzoeken@inzage.example")
        .contains("may grant a sub-mandate")
        .contains("Handtekening / Signature")
        .contains(
            "Plaats en datum van ondertekening / Place and date of signature: _______________,"
                + " 27 november 2026");
    assertThat(PdfText.of(letter.toPdf().bytes())).contains(hash);
  }

  @Test
  void compose_sameLanguage_isMonolingual() {
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.MANDATE,
                    Fixtures.participant("Anna", "en"),
                    Fixtures.controller("zoom"),
                    Fixtures.organisation())
                .withFacts(LetterFacts.builder().signedOn(LocalDate.of(2026, 11, 27)).build()));

    assertThat(letter.languages()).containsExactly("en");
    assertThat(letter.text()).doesNotContain("English version");
  }

  @Test
  void compose_typedSignature_printsNameAndAuditTrailWithoutIpOrVerification() throws Exception {
    SignatureEvidence evidence =
        new SignatureEvidence(
            SignatureKind.TYPED,
            "Zoë Ångström",
            null,
            Instant.parse("2026-11-27T14:03:05Z"),
            "192.0.2.44",
            "mail-verif-8f2c");
    Letter letter = signedMandate("en", evidence);

    String text = PdfText.of(letter.toPdf().bytes());

    assertThat(text)
        .contains("Signed electronically by typing the name")
        .contains("2026-11-27 14:03:05 UTC")
        .doesNotContain("192.0.2.44", "mail-verif-8f2c")
        .contains("Utrecht, 27 November 2026")
        .contains("until 31 December 2027")
        .contains("may not grant a sub-mandate");
  }

  /**
   * The longest typed name the facts accept (200 characters, one unbroken word) is wrapped inside
   * the page: every glyph lies within the A4 page and the whole name can be read back.
   */
  @Test
  void compose_typedSignatureOfTheLongestName_staysOnThePage() throws Exception {
    String name = "Ångströmsdóttir".repeat(14).substring(0, 200);
    SignatureEvidence evidence =
        new SignatureEvidence(
            SignatureKind.TYPED, name, null, Instant.parse("2026-11-27T14:03:05Z"), null, null);
    Letter letter = signedMandate("en", evidence);
    byte[] pdf = letter.toPdf().bytes();

    List<float[]> glyphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle page = doc.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      new PDFTextStripper() {
        @Override
        protected void writeString(String string, List<TextPosition> positions) {
          text.append(string);
          for (TextPosition p : positions) {
            glyphs.add(
                new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()});
          }
        }
      }.getText(doc);
    }

    assertThat(text.toString().replaceAll("\\s+", "")).contains(name);
    assertThat(glyphs)
        .allSatisfy(
            g -> {
              assertThat(g[0]).isGreaterThanOrEqualTo(0f);
              assertThat(g[1]).isLessThanOrEqualTo(PDRectangle.A4.getWidth());
              assertThat(g[2]).isBetween(0f, PDRectangle.A4.getHeight());
            });
  }

  @Test
  void compose_drawnSignature_embedsTheImageAndStaysPdfA() throws Exception {
    SignatureEvidence evidence =
        new SignatureEvidence(
            SignatureKind.DRAWN,
            null,
            png(),
            Instant.parse("2026-11-27T14:03:05Z"),
            "192.0.2.44",
            "v-1");
    Letter letter = signedMandate("de", evidence);

    byte[] pdf = letter.toPdf().bytes();

    assertThat(PdfAValidator.failures(pdf)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      long images =
          java.util.stream.StreamSupport.stream(doc.getPages().spliterator(), false)
              .mapToLong(
                  p ->
                      java.util.stream.StreamSupport.stream(
                              p.getResources().getXObjectNames().spliterator(), false)
                          .count())
              .sum();
      assertThat(images).isEqualTo(1);
    }
    assertThat(PdfText.of(pdf)).contains("Von Hand auf einem Bildschirm unterschrieben");
  }

  @Test
  void build_drawnSignatureThatIsNotAnImage_isInvalidInputBeforeAnyLetter() {
    SignatureEvidence evidence =
        new SignatureEvidence(
            SignatureKind.DRAWN,
            null,
            Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}),
            null,
            null,
            null);

    assertThatThrownBy(() -> signed(evidence))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("signature.imagePng INVALID_VALUE");
  }

  @Test
  void mandateTextSha256_changesWithTheText() {
    Letter a = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.MANDATE, "en"));
    Letter b =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.MANDATE, "en").withFacts(signed(null)));

    assertThat(a.mandateTextSha256()).isNotEqualTo(b.mandateTextSha256());
    assertThat(
            Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "en")).mandateTextSha256())
        .isEmpty();
  }
}
