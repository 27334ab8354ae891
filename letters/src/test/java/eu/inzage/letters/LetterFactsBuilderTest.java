package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LetterFacts}, {@link LetterEvent} and the case reference are checked with core's exported
 * constraints, with the paths and codes of the JSON path.
 */
class LetterFactsBuilderTest {
  private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

  private static List<String> violationsOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown)
        .violations().stream().map(v -> v.field() + " " + v.code()).toList();
  }

  private static Arguments row(String name, ThrowingCallable call, String... expected) {
    return Arguments.of(name, call, List.of(expected));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "event without its date",
            () -> LetterFacts.builder().event(new LetterEvent(null, "Sent")).build(),
            "events.0.date REQUIRED"),
        row(
            "line break in an event's text",
            () ->
                LetterFacts.builder()
                    .event(new LetterEvent(DAY, "Sent"))
                    .event(new LetterEvent(DAY, "Sent\nFake line"))
                    .build(),
            "events.1.text CONTROL_CHARACTERS"),
        row(
            "event text too long, found on build",
            () ->
                LetterFacts.builder()
                    .events(List.of(new LetterEvent(DAY, "x".repeat(1001))))
                    .build(),
            "events.0.text TOO_LONG"),
        row(
            "CR/LF in the place of signature",
            () -> LetterFacts.builder().signedAt("Utrecht\r\n"),
            "signedAt CONTROL_CHARACTERS"),
        row(
            "place of signature too long",
            () -> LetterFacts.builder().signedAt("x".repeat(201)),
            "signedAt TOO_LONG"),
        row(
            "signature without its kind",
            () ->
                LetterFacts.builder()
                    .signature(new SignatureEvidence(null, "Anna", null, null, null, null))
                    .build(),
            "signature.kind REQUIRED"),
        row(
            "reference with a line break",
            () -> LetterInput.requireValidReference("SOMI-2021\nwave 2"),
            "reference CONTROL_CHARACTERS"),
        row(
            "reference too long",
            () ->
                Fixtures.input(LetterKind.ACCESS, "en")
                    .withReference("r".repeat(LetterInput.MAX_REFERENCE_LENGTH + 1)),
            "reference TOO_LONG"),
        row(
            "collective reference with a bidi override",
            () ->
                CollectiveInput.of(
                        CollectiveKind.COVER,
                        Fixtures.controller("tiktok"),
                        Fixtures.organisation())
                    .withReference("SOMI\u202Egnp.exe"),
            "reference CONTROL_CHARACTERS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void invalidSetting_isReportedWithPathAndCode(
      String name, ThrowingCallable call, List<String> expected) {
    assertThat(violationsOf(call)).containsExactlyElementsOf(expected);
  }

  @Test
  void jsonReader_sameDocument_reportsTheSameViolations() {
    String document =
        "{\"events\":[{\"date\":\"2026-09-01\",\"text\":\"Sent\"},{\"text\":\"a\\nb\"}],"
            + "\"signedAt\":\"Utrecht\\r\\n\"}";

    List<String> fromJson =
        violationsOf(
            () ->
                ModelValidator.create(Fixtures.CLOCK)
                    .read(
                        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                        LetterFacts.class));
    LetterFacts unchecked = InzageJson.strict().read(document, LetterFacts.class);
    List<String> fromBuilder =
        violationsOf(
            () ->
                LetterFacts.builder()
                    .events(unchecked.events())
                    .signedAt(unchecked.signedAt())
                    .build());
    List<String> fromBuilderWhole =
        violationsOf(() -> LetterFacts.builder().events(unchecked.events()).build());

    assertThat(fromJson)
        .containsExactly(
            "events.1.date REQUIRED",
            "events.1.text CONTROL_CHARACTERS",
            "signedAt CONTROL_CHARACTERS");
    assertThat(fromBuilder).containsExactly("signedAt CONTROL_CHARACTERS");
    assertThat(fromBuilderWhole)
        .containsExactly("events.1.date REQUIRED", "events.1.text CONTROL_CHARACTERS");
  }

  @Test
  void build_equalsWhatTheJsonReaderMakesOfTheSameDocument() {
    LetterFacts built =
        LetterFacts.builder()
            .received(DAY)
            .due(LocalDate.of(2026, 10, 1))
            .missing(EnumSet.of(AccessItem.COPY, AccessItem.RECIPIENTS))
            .event(new LetterEvent(DAY, "submitted", null))
            .signature(
                new SignatureEvidence(
                    SignatureKind.TYPED,
                    "Anna Jansen",
                    null,
                    Instant.parse("2026-08-30T10:00:00Z"),
                    null,
                    null))
            .signedOn(LocalDate.of(2026, 8, 30))
            .signedAt("Utrecht")
            .validUntil(LocalDate.of(2027, 8, 30))
            .subDelegation(false)
            .build();
    String document = InzageJson.strict().write(built);

    LetterFacts read =
        ModelValidator.create(Fixtures.CLOCK)
            .read(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                LetterFacts.class);

    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(InzageJson.strict().write(read)).isEqualTo(document);
  }

  @Test
  void settingTwice_isIllegalStateNamingOnlyTheField() {
    assertThatThrownBy(() -> LetterFacts.builder().signedAt("Utrecht").signedAt("Zwolle"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("signedAt was already set");
  }

  @Test
  void toString_redactsSignatureAndEventTexts() {
    LetterFacts facts =
        LetterFacts.builder()
            .event(new LetterEvent(DAY, "Mail from Zoë Ångström"))
            .signature(
                new SignatureEvidence(SignatureKind.TYPED, "Zoë Ångström", null, null, null, null))
            .signedAt("Utrecht")
            .build();

    assertThat(facts.toString())
        .contains("<redacted>")
        .doesNotContain("Zoë")
        .doesNotContain("Utrecht");
    assertThat(facts.events().get(0).toString()).doesNotContain("Zoë");
  }
}
