package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import eu.inzage.core.validation.ModelValidator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, letter facts: every finding of the attack run on the facts a letter states, one row
 * each, read as JSON the way {@code letter --request} and the JSON Lines file read them, refused
 * with the field's path and code before any letter exists.
 */
class HostileFactsTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create(Fixtures.CLOCK);

  private static String drawn(String base64) {
    return "{\"signature\":{\"kind\":\"DRAWN\",\"imagePng\":\"" + base64 + "\"}}";
  }

  private static String image(String format) throws Exception {
    BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return Pngs.base64(out.toByteArray());
  }

  static Stream<Arguments> findings() throws Exception {
    String typed = "{\"signature\":{\"kind\":\"TYPED\",\"typedName\":\"%s\"}}";
    return Stream.of(
        // texts: control, format and invisible characters, lengths
        Arguments.of(String.format(typed, "Zo\\u0000e"), "signature.typedName CONTROL_CHARACTERS"),
        Arguments.of("{\"signedAt\":\"Utrecht\\u001b]0;PWNED\"}", "signedAt CONTROL_CHARACTERS"),
        Arguments.of(
            "{\"events\":[{\"date\":\"2026-09-01\",\"text\":\"a\\r\\nBcc: b\"}]}",
            "events.0.text CONTROL_CHARACTERS"),
        Arguments.of("{\"signedAt\":\"Utrecht\\u202Ekeel\"}", "signedAt CONTROL_CHARACTERS"),
        Arguments.of(String.format(typed, "\\u200B"), "signature.typedName CONTROL_CHARACTERS"),
        Arguments.of(String.format(typed, "\\u00AD"), "signature.typedName CONTROL_CHARACTERS"),
        Arguments.of(String.format(typed, "\\u00A0"), "signature.typedName CONTROL_CHARACTERS"),
        Arguments.of(String.format(typed, "Zo\\u200Fe"), "signature.typedName CONTROL_CHARACTERS"),
        Arguments.of(String.format(typed, "x".repeat(50_000)), "signature.typedName TOO_LONG"),
        Arguments.of("{\"signedAt\":\"" + "x".repeat(201) + "\"}", "signedAt TOO_LONG"),
        Arguments.of(
            "{\"events\":[{\"date\":\"2026-09-01\",\"text\":\"" + "x".repeat(1001) + "\"}]}",
            "events.0.text TOO_LONG"),
        // dates: plausible and in causal order
        // a signed or nine-digit year is not the ISO shape at all (the strict JSON reader)
        Arguments.of("{\"received\":\"+999999999-12-31\"}", "received MALFORMED_JSON"),
        Arguments.of("{\"due\":\"-999999999-01-01\"}", "due MALFORMED_JSON"),
        // in shape but outside the letters' plausible range (2000..2199)
        Arguments.of("{\"received\":\"1950-01-01\"}", "received INVALID_VALUE"),
        Arguments.of("{\"due\":\"2200-06-01\"}", "due INVALID_VALUE"),
        Arguments.of("{\"received\":\"2026-09-01\",\"due\":\"2026-08-31\"}", "due INVALID_VALUE"),
        Arguments.of(
            "{\"signedOn\":\"2025-03-01\",\"validUntil\":\"1900-01-01\"}",
            "validUntil INVALID_VALUE"),
        Arguments.of(
            "{\"signedOn\":\"2026-03-01\",\"validUntil\":\"2026-02-28\"}",
            "validUntil INVALID_VALUE"),
        Arguments.of(
            "{\"events\":[{\"date\":\"2026-09-01\"},{\"date\":\"+999999999-01-01\"}]}",
            "events.1.date MALFORMED_JSON"),
        Arguments.of(
            "{\"events\":[{\"date\":\"2026-09-01\"},{\"date\":\"1999-12-31\"}]}",
            "events.1.date INVALID_VALUE"),
        Arguments.of(
            "{\"signature\":{\"kind\":\"TYPED\",\"signedAt\":\"1900-01-01T00:00:00Z\"}}",
            "signature.signedAt INVALID_VALUE"),
        // images: only PNG, size checked from the header before decoding
        Arguments.of(drawn(image("jpg")), "signature.imagePng INVALID_VALUE"),
        Arguments.of(drawn(image("gif")), "signature.imagePng INVALID_VALUE"),
        Arguments.of(
            drawn(Pngs.base64(Pngs.header(20_000, 20_000))), "signature.imagePng INVALID_VALUE"),
        Arguments.of(drawn(Pngs.base64(Pngs.header(4001, 10))), "signature.imagePng INVALID_VALUE"),
        Arguments.of(drawn("not base64!"), "signature.imagePng INVALID_VALUE"),
        Arguments.of(drawn("A".repeat(700_000)), "signature.imagePng TOO_LONG"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("findings")
  void read_hostileFacts_isRefusedWithPathAndCode(String json, String expected) {
    assertThatThrownBy(
            () ->
                VALIDATOR.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    LetterFacts.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + " " + v.code())
                    .containsExactly(expected));
  }

  @Test
  void build_plausibleDatesInOrder_areAccepted() {
    LetterFacts facts =
        LetterFacts.builder()
            .received(LocalDate.of(2026, 9, 1))
            .due(LocalDate.of(2026, 9, 1))
            .signedOn(LocalDate.of(2026, 3, 1))
            .validUntil(LocalDate.of(2026, 3, 1))
            .build();
    assertThat(facts.due()).isEqualTo(facts.received());
  }

  @Test
  void build_mandateValidUntil1900_isRefusedAtItsPath() {
    assertThatThrownBy(
            () ->
                LetterFacts.builder()
                    .signedOn(LocalDate.of(2025, 3, 1))
                    .validUntil(LocalDate.of(1900, 1, 1))
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + " " + v.code())
                    .containsExactly("validUntil INVALID_VALUE"));
  }

  static Stream<Arguments> undrawable() {
    return Stream.of(
        Arguments.of("Zoë \uD83D\uDE00", "participant.name INVALID_VALUE"),
        Arguments.of("李小龙", "participant.name INVALID_VALUE"),
        Arguments.of("Zoë Ångström-Łukasiewicz", null),
        Arguments.of("Ωμέγα Παπαδοπούλου", null),
        Arguments.of("Иван Петров", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undrawable")
  void compose_nameTheFontsCannotDraw_isRefusedWithThePath(String name, String expected) {
    Participant p = Fixtures.participant(name, "en");
    LetterInput input =
        LetterInput.of(
            LetterKind.ACCESS, p, Fixtures.controller("tiktok"), Fixtures.organisation());
    if (expected == null) {
      assertThat(Fixtures.LETTERS.compose(input).text()).contains(name);
      return;
    }
    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + " " + v.code())
                    .containsExactly(expected));
  }

  @Test
  void toPdf_4000By4000SixteenBitPng_isScaledDownToWhatThePageNeeds() throws Exception {
    String png = Pngs.base64(Pngs.png(4000, 4000, 16, 6));
    assertThat(png.length()).isLessThan(SignatureImageLimits.MAX_BASE64);
    LetterFacts facts =
        LetterFacts.builder()
            .signature(new SignatureEvidence(SignatureKind.DRAWN, null, png, null, null, null))
            .signedOn(LocalDate.of(2026, 11, 27))
            .build();
    Letter letter =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.MANDATE, "en").withFacts(facts));
    byte[] pdf = letter.toPdf().bytes();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      List<int[]> sizes = new java.util.ArrayList<>();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          var x = page.getResources().getXObject(name);
          if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
            sizes.add(new int[] {i.getWidth(), i.getHeight()});
          }
        }
      }
      assertThat(sizes).hasSize(1);
      assertThat(sizes.get(0)).containsExactly(190, 190);
    }
  }

  /** The limits as the docs state them. */
  private static final class SignatureImageLimits {
    static final int MAX_BASE64 = 699_052;
  }
}
