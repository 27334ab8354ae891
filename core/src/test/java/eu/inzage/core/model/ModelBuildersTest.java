package eu.inzage.core.model;

import static eu.inzage.core.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.Fixtures;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders of the public model: each setting checked when made, the whole value when built,
 * with the field paths and codes of the JSON path; results equal to what the JSON reader makes.
 */
class ModelBuildersTest {
  private static final String LONG_201 = "x".repeat(201);

  private static Arguments row(String name, ThrowingCallable call, String... expected) {
    return Arguments.of(name, call, List.of(expected));
  }

  /** A valid participant builder with every field but the ones the consumer leaves out. */
  private static Participant participant(Consumer<Participant.Builder> extra, String... skip) {
    List<String> skipped = List.of(skip);
    Participant.Builder b = Participant.builder();
    if (!skipped.contains("id")) {
      b.id("p-1");
    }
    if (!skipped.contains("name")) {
      b.name("Test Person");
    }
    if (!skipped.contains("residence")) {
      b.residence("NL");
    }
    extra.accept(b);
    return b.build();
  }

  private static Consumer<Participant.Builder> nothing() {
    return b -> {};
  }

  static Stream<Arguments> participantRows() {
    return Stream.of(
        row("id missing", () -> participant(nothing(), "id"), "id REQUIRED"),
        row("name missing", () -> participant(nothing(), "name"), "name REQUIRED"),
        row("residence missing", () -> participant(nothing(), "residence"), "residence REQUIRED"),
        row(
            "everything missing",
            () -> Participant.builder().build(),
            "id REQUIRED",
            "name REQUIRED",
            "residence REQUIRED"),
        row("blank name", () -> Participant.builder().name("  "), "name REQUIRED"),
        row("CR/LF in name", () -> Participant.builder().name("A\r\nB"), "name CONTROL_CHARACTERS"),
        row("name too long", () -> Participant.builder().name(LONG_201), "name TOO_LONG"),
        row(
            "unknown country",
            () -> Participant.builder().residence("XX"),
            "residence UNKNOWN_COUNTRY"),
        row("invalid id", () -> Participant.builder().id("../x"), "id INVALID_ID"),
        row("invalid e-mail", () -> Participant.builder().email("zoe@"), "email INVALID_EMAIL"),
        row("invalid phone", () -> Participant.builder().phone("12"), "phone INVALID_PHONE"),
        row(
            "unknown language",
            () -> Participant.builder().language("xx"),
            "language UNKNOWN_LANGUAGE"),
        row(
            "account under an invalid slug",
            () -> Participant.builder().account("Tik Tok", new Account("@zoe", null, null, null)),
            "accounts.<redacted> INVALID_ID"),
        row(
            "line break in the address, found on build",
            () ->
                participant(
                    b -> b.address(Address.of("Street 1\nInjected line", "1000 AA", "A", "NL"))),
            "address.street CONTROL_CHARACTERS"),
        row(
            "bad account e-mail, found on build",
            () -> participant(b -> b.account("tiktok", new Account(null, "zoe@", null, null))),
            "accounts.tiktok.email INVALID_EMAIL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("participantRows")
  void participantBuilder_invalidSetting_isReportedWithPathAndCode(
      String name, ThrowingCallable call, List<String> expected) {
    assertThat(violationsOf(call)).containsExactlyElementsOf(expected);
  }

  private static ControllerProfile.Builder profile(String... skip) {
    List<String> skipped = List.of(skip);
    ControllerProfile.Builder b = ControllerProfile.builder();
    if (!skipped.contains("id")) {
      b.id("acme");
    }
    if (!skipped.contains("legalName")) {
      b.legalName("Acme B.V.");
    }
    if (!skipped.contains("establishment")) {
      b.establishment("NL");
    }
    if (!skipped.contains("zone")) {
      b.zone(ZoneId.of("Europe/Amsterdam"));
    }
    if (!skipped.contains("requestLanguage")) {
      b.requestLanguage("nl");
    }
    return b;
  }

  static Stream<Arguments> profileRows() {
    return Stream.of(
        row("id missing", () -> profile("id").build(), "id REQUIRED"),
        row("legal name missing", () -> profile("legalName").build(), "legalName REQUIRED"),
        row(
            "establishment missing",
            () -> profile("establishment").build(),
            "establishment REQUIRED"),
        row("zone missing", () -> profile("zone").build(), "zone REQUIRED"),
        row(
            "request language missing",
            () -> profile("requestLanguage").build(),
            "requestLanguage REQUIRED"),
        row("slug with capitals", () -> ControllerProfile.builder().id("TikTok"), "id INVALID_ID"),
        row(
            "slug of 101 characters (the open directory's longest are 80)",
            () -> ControllerProfile.builder().id("a".repeat(101)),
            "id INVALID_ID"),
        row(
            "CR/LF in the legal name",
            () -> ControllerProfile.builder().legalName("Acme\r\nB.V."),
            "legalName CONTROL_CHARACTERS"),
        row(
            "legal name too long",
            () -> ControllerProfile.builder().legalName("x".repeat(301)),
            "legalName TOO_LONG"),
        row(
            "unknown establishment",
            () -> ControllerProfile.builder().establishment("XX"),
            "establishment UNKNOWN_COUNTRY"),
        row(
            "unknown deadline country",
            () -> ControllerProfile.builder().deadlineCountry("UK"),
            "deadlineCountry UNKNOWN_COUNTRY"),
        row(
            "unknown request language",
            () -> ControllerProfile.builder().requestLanguage("xx"),
            "requestLanguage UNKNOWN_LANGUAGE"),
        row(
            "channel without target, found on build",
            () ->
                profile()
                    .channels(List.of(new ContactChannel(ChannelType.EMAIL, null, null)))
                    .build(),
            "channels.0.target REQUIRED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profileRows")
  void controllerProfileBuilder_invalidSetting_isReportedWithPathAndCode(
      String name, ThrowingCallable call, List<String> expected) {
    assertThat(violationsOf(call)).containsExactlyElementsOf(expected);
  }

  private static Mandate.Builder mandate(String... skip) {
    List<String> skipped = List.of(skip);
    Mandate.Builder b = Mandate.builder();
    if (!skipped.contains("id")) {
      b.id("m-1");
    }
    if (!skipped.contains("principal")) {
      b.principal(Fixtures.zoe());
    }
    if (!skipped.contains("agent")) {
      b.agent(Fixtures.foundation());
    }
    if (!skipped.contains("signedOn")) {
      b.signedOn(LocalDate.of(2021, 7, 1));
    }
    return b;
  }

  static Stream<Arguments> mandateRows() {
    Participant unchecked =
        InzageJson.strict()
            .read("{\"id\":\"p-1\",\"name\":\"A\\r\\nB\",\"residence\":\"NL\"}", Participant.class);
    return Stream.of(
        row("id missing", () -> mandate("id").build(), "id REQUIRED"),
        row("principal missing", () -> mandate("principal").build(), "principal REQUIRED"),
        row("agent missing", () -> mandate("agent").build(), "agent REQUIRED"),
        row("signing day missing", () -> mandate("signedOn").build(), "signedOn REQUIRED"),
        row("invalid id", () -> Mandate.builder().id("m 1"), "id INVALID_ID"),
        row(
            "CR/LF in the place of signature",
            () -> Mandate.builder().signedAt("Amsterdam\r\n"),
            "signedAt CONTROL_CHARACTERS"),
        row(
            "hash too long",
            () -> Mandate.builder().textSha256("a".repeat(65)),
            "textSha256 TOO_LONG"),
        row(
            "controller under an invalid slug",
            () -> Mandate.builder().controllers(List.of("tiktok", "Zoom Inc")),
            "controllers.1 INVALID_ID"),
        row(
            "valid until a day before signing",
            () -> mandate().validUntil(LocalDate.of(2021, 6, 30)).build(),
            "validUntil INVALID_VALUE"),
        row(
            "valid until 1900",
            () -> mandate().validUntil(LocalDate.of(1900, 1, 1)).build(),
            "validUntil INVALID_VALUE"),
        row(
            "revoked before signing",
            () -> mandate().revokedOn(LocalDate.of(2020, 12, 31)).build(),
            "revokedOn INVALID_VALUE"),
        row(
            "principal read without validation, found on build",
            () -> mandate("principal").principal(unchecked).build(),
            "principal.name CONTROL_CHARACTERS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mandateRows")
  void mandateBuilder_invalidSetting_isReportedWithPathAndCode(
      String name, ThrowingCallable call, List<String> expected) {
    assertThat(violationsOf(call)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> organisationRows() {
    return Stream.of(
        row("name missing", () -> Organisation.builder().build(), "name REQUIRED"),
        row(
            "CR/LF in the name",
            () -> Organisation.builder().name("SOMI\r\nBcc: x"),
            "name CONTROL_CHARACTERS"),
        row("name too long", () -> Organisation.builder().name(LONG_201), "name TOO_LONG"),
        row(
            "invalid e-mail",
            () -> Organisation.builder().email("inzage@somi"),
            "email INVALID_EMAIL"),
        row(
            "objectives too long",
            () -> Organisation.builder().statutoryObjectives("x".repeat(4001)),
            "statutoryObjectives TOO_LONG"),
        row(
            "law of an unknown country",
            () -> Organisation.builder().constitutedUnder("XX"),
            "constitutedUnder UNKNOWN_COUNTRY"),
        row(
            "statutes too long",
            () -> Organisation.builder().statutes("x".repeat(501)),
            "statutes TOO_LONG"),
        row(
            "registry extract with a line break",
            () -> Organisation.builder().registryExtract("KvK\nBcc: x"),
            "registryExtract CONTROL_CHARACTERS"),
        row(
            "unknown country in the address, found on build",
            () ->
                Organisation.builder()
                    .name("SOMI")
                    .address(Address.of("Keizersgracht 1", "1015 AA", "Amsterdam", "XX"))
                    .build(),
            "address.country UNKNOWN_COUNTRY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisationRows")
  void organisationBuilder_invalidSetting_isReportedWithPathAndCode(
      String name, ThrowingCallable call, List<String> expected) {
    assertThat(violationsOf(call)).containsExactlyElementsOf(expected);
  }

  @Test
  void builder_settingTwice_isIllegalStateNamingOnlyTheField() {
    Participant.Builder b = Participant.builder().name(Fixtures.NAME);

    assertThatThrownBy(() -> b.name("Other Name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("name was already set");
    assertThatThrownBy(() -> Mandate.builder().mayReceiveData(true).mayReceiveData(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mayReceiveData was already set");
    assertThatThrownBy(
            () ->
                Participant.builder()
                    .account("tiktok", new Account("@a", null, null, null))
                    .accounts(Map.of("tiktok", new Account("@b", null, null, null))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("@");
  }

  @Test
  void builder_codes_areNormalisedAsTheJsonReaderDoes() {
    Participant p =
        Participant.builder().id("p-1").name("A").residence("el").language("NL").build();

    assertThat(p.residence()).isEqualTo("GR");
    assertThat(p.language()).isEqualTo("nl");
  }

  @Test
  void participantBuilder_futureBirthDate_isLeftToTheValidatorWithAClock() {
    Participant p =
        Participant.builder()
            .id("p-1")
            .name("A")
            .residence("NL")
            .birthDate(LocalDate.of(2030, 1, 1))
            .build();

    assertThat(ModelValidator.withoutClock().validate(p)).isEmpty();
    assertThat(ModelValidator.create(Fixtures.CLOCK).validate(p))
        .extracting(v -> v.field() + " " + v.code())
        .containsExactly("birthDate FUTURE_DATE");
  }

  static Stream<Arguments> builtAndRead() {
    return Stream.of(
        Arguments.of(Fixtures.zoe(), Participant.class),
        Arguments.of(Fixtures.foundation(), Organisation.class),
        Arguments.of(Fixtures.mandate(), Mandate.class),
        Arguments.of(
            rebuilt(ControllerProfiles.builtIn().require("zoom")), ControllerProfile.class));
  }

  /** A built-in profile made again with the builder. */
  private static ControllerProfile rebuilt(ControllerProfile p) {
    return ControllerProfile.builder()
        .id(p.id())
        .legalName(p.legalName())
        .address(p.address())
        .channels(p.channels())
        .preferredChannel(p.preferredChannel())
        .establishment(p.establishment())
        .leadAuthority(p.leadAuthority())
        .representative(p.representative())
        .zone(p.zone())
        .deadlineCountry(p.deadlineCountry())
        .requestLanguage(p.requestLanguage())
        .identifiers(p.identifiers())
        .lastVerified(p.lastVerified())
        .build();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("builtAndRead")
  void build_equalsWhatTheJsonReaderMakesOfTheSameDocument(Object built, Class<?> type) {
    String document = InzageJson.strict().write(built);

    Object read =
        ModelValidator.create(Fixtures.CLOCK)
            .read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), type);

    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(InzageJson.strict().write(read)).isEqualTo(document);
  }

  @Test
  void rebuiltBuiltInProfile_equalsTheCatalogue() {
    ControllerProfile zoom = ControllerProfiles.builtIn().require("zoom");

    assertThat(rebuilt(zoom)).isEqualTo(zoom);
  }

  @Test
  void builderAndJsonReader_reportTheSameViolationsForTheSameDocument() {
    String document =
        "{\"id\":\"../x\",\"name\":\"A\\r\\nB\",\"email\":\"zoe@\",\"residence\":\"XX\"}";

    List<String> fromJson =
        violationsOf(
            () ->
                ModelValidator.create(Fixtures.CLOCK)
                    .read(
                        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                        Participant.class));
    Participant unchecked = InzageJson.strict().read(document, Participant.class);
    List<String> fromBuilder =
        Stream.<ThrowingCallable>of(
                () -> Participant.builder().id(unchecked.id()),
                () -> Participant.builder().name(unchecked.name()),
                () -> Participant.builder().email(unchecked.email()),
                () -> Participant.builder().residence(unchecked.residence()))
            .flatMap(call -> violationsOf(call).stream())
            .sorted()
            .toList();

    assertThat(fromBuilder)
        .containsExactlyElementsOf(fromJson)
        .containsExactly(
            "email INVALID_EMAIL",
            "id INVALID_ID",
            "name CONTROL_CHARACTERS",
            "residence UNKNOWN_COUNTRY");
  }

  @Test
  void toString_ofEveryPersonalType_redactsNamesAndAddresses() {
    List<String> texts =
        List.of(
            Fixtures.zoe().toString(),
            Fixtures.mandate().toString(),
            Fixtures.foundation().toString());

    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text)
                    .contains("<redacted>")
                    .doesNotContain(Fixtures.NAME)
                    .doesNotContain(Fixtures.EMAIL)
                    .doesNotContain("+31612345678")
                    .doesNotContain("Prinsengracht")
                    .doesNotContain("A. de Vries")
                    .doesNotContain("inzage@somi.example"));
    assertThat(Fixtures.zoe().toString())
        .isEqualTo("Participant[id=p-000123, residence=NL, <redacted>]");
  }

  @Test
  void withId_invalidId_isInvalidId() {
    assertThat(violationsOf(() -> Fixtures.zoe().withId("a/b"))).containsExactly("id INVALID_ID");
    assertThat(Fixtures.zoe().withId("p-2").id()).isEqualTo("p-2");
  }
}
