package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import eu.inzage.core.validation.ModelValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The collective cover letter: volumes, annex, bundled mandates, PDF/A, bad input. */
class CollectiveLetterTest {
  static final String[] NAMES = {
    "Zoë Ångström-Łukasiewicz", "Ștefan Dumitrescu", "Αθηνά Παπαδοπούλου", "Jörg Müller-Weiß",
    "Siobhán Ní Bhriain", "Dvořák Řehoř", "Ľudmila Šťastná", "Ģirts Ķēniņš"
  };

  static Participant participant(int i) {
    return Participant.builder()
        .id(String.format("p-%06d", i))
        .name(NAMES[i % NAMES.length] + " " + i)
        .email("p" + i + "@example.org")
        .birthDate(LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28))
        .residence(i % 3 == 0 ? "DE" : "NL")
        .language(i % 2 == 0 ? "nl" : "de")
        .address(Address.of("Straat " + i, "1000 AA", "Amsterdam", "NL"))
        .account("tiktok", new Account("@user" + i, "p" + i + "@example.org", null, null))
        .build();
  }

  static CollectiveEntry entry(int i) {
    return new CollectiveEntry(
        participant(i),
        LetterFacts.builder()
            .signature(
                new SignatureEvidence(
                    SignatureKind.TYPED,
                    NAMES[i % NAMES.length] + " " + i,
                    null,
                    Instant.parse("2026-11-20T10:15:00Z"),
                    "192.0.2." + (i % 250),
                    "link sent to and opened from the e-mail address"))
            .signedOn(LocalDate.of(2026, 11, 20))
            .build());
  }

  static CollectiveSource source(int n) {
    return CollectiveSource.of(
        () -> java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> entry(i)).iterator());
  }

  static List<Volume> write(CollectiveInput input, CollectiveSource source) throws Exception {
    List<Volume> volumes = new ArrayList<>();
    Fixtures.LETTERS.writeCollective(input, source, volumes::add);
    return volumes;
  }

  @Test
  void writeCollective_sevenParticipantsVolumesOfThree_threeCompliantVolumesWithEveryName()
      throws Exception {
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation())
            .withVolumeSize(3);
    List<Volume> volumes = write(input, source(7));

    assertThat(volumes).extracting(Volume::participants).containsExactly(3, 3, 1);
    assertThat(volumes).extracting(Volume::first).containsExactly(1L, 4L, 7L);
    assertThat(volumes).allSatisfy(v -> assertThat(v.volumes()).isEqualTo(3));
    for (Volume volume : volumes) {
      assertThat(PdfAValidator.failures(volume.pdf().bytes())).isEmpty();
    }
    String first = PdfText.of(volumes.get(0).pdf().bytes());
    assertThat(first)
        .contains("Article 15")
        .contains("7 persons")
        .contains("volume 1 of 3")
        .contains("Annex: participants 1 to 3 of 7")
        .contains("Username: @user2")
        .contains("p-000001/tiktok")
        .contains("SHA-256 fingerprint of the mandate text");
    for (int i = 1; i <= 3; i++) {
      assertThat(first).contains(participant(i).name());
    }
    assertThat(PdfText.of(volumes.get(2).pdf().bytes()))
        .contains(participant(7).name())
        .doesNotContain(participant(6).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "de", "fr"})
  void writeCollective_eachLanguage_hasOwnTemplateAndIsCompliant(String lang) throws Exception {
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("zoom"), Fixtures.organisation())
            .withLanguage(lang);
    List<Volume> volumes = write(input, source(2));

    assertThat(volumes).hasSize(1);
    assertThat(volumes.get(0).language()).isEqualTo(lang);
    assertThat(volumes.get(0).languageFallback()).isFalse();
    assertThat(PdfAValidator.failures(volumes.get(0).pdf().bytes())).isEmpty();
    assertThat(PdfText.of(volumes.get(0).pdf().bytes()))
        .contains("15")
        .contains(participant(1).name())
        .contains(participant(2).name());
  }

  @Test
  void writeCollective_defaultLanguage_isControllersRequestLanguage() throws Exception {
    CollectiveInput input =
        CollectiveInput.of(
            CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation());
    List<Volume> volumes = write(input, source(1));

    assertThat(volumes.get(0).language())
        .isEqualTo(Fixtures.controller("tiktok").requestLanguage());
  }

  @Test
  void jsonLines_badLine_namesLineAndFieldAndWritesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("participants.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      lines.add(
          i == 17
              ? "{\"id\":\"p-17\",\"residence\":\"NL\"}"
              : "{\"id\":\"p-" + i + "\",\"name\":\"Name " + i + "\",\"residence\":\"NL\"}");
    }
    lines.add(4, "");
    lines.set(9, "{\"id\":\"p-9\",\"name\":\"x\",\"residence\":\"NL\",\"shoe\":42}");
    Files.write(file, lines, StandardCharsets.UTF_8);
    CollectiveSource source =
        CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK));
    List<Volume> written = new ArrayList<>();
    CollectiveInput input =
        CollectiveInput.of(
            CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation());

    assertThatThrownBy(() -> Fixtures.LETTERS.writeCollective(input, source, written::add))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("participants.10.shoe", "participants.18.name"));
    assertThat(written).isEmpty();
  }

  /**
   * A cover letter bundles each participant's mandate, dated by its signature only: an entry whose
   * day of signature was not recorded is refused by its line, before any volume is written.
   */
  @Test
  void jsonLines_coverEntryWithoutSignedOn_namesTheLineAndWritesNothing(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("participants.jsonl");
    Files.write(
        file,
        List.of(
            "{\"participant\":{\"id\":\"a\",\"name\":\"Ana Ek\",\"residence\":\"NL\"},"
                + "\"facts\":{\"signedOn\":\"2026-10-14\"}}",
            "",
            "{\"participant\":{\"id\":\"b\",\"name\":\"Bo Ek\",\"residence\":\"NL\"},"
                + "\"facts\":{\"signedAt\":\"Utrecht\"}}",
            "{\"participant\":{\"id\":\"c\",\"name\":\"Cas Ek\",\"residence\":\"NL\"},"
                + "\"facts\":{\"signedOn\":\"2026-10-15\"}}"),
        StandardCharsets.UTF_8);
    try (CollectiveSource source =
        CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK))) {
      assertThat(refusedCover(source)).containsExactly("participants.3.facts.signedOn REQUIRED");
    }
  }

  /**
   * Writes a cover letter to TikTok that must be refused before any volume reaches the sink; the
   * violations as {@code field CODE}.
   */
  static List<String> refusedCover(CollectiveSource source) {
    List<Volume> written = new ArrayList<>();
    CollectiveInput input =
        CollectiveInput.of(
            CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation());
    InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> Fixtures.LETTERS.writeCollective(input, source, written::add),
            InvalidInputException.class);
    assertThat(e).isNotNull();
    assertThat(written).isEmpty();
    return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
  }

  /** Every unsigned mandate is named, up to the cap of reported violations. */
  @Test
  void writeCollective_coverWithManyUnsignedEntries_reportsAtMost100() {
    List<String> violations =
        refusedCover(
            CollectiveSource.of(
                () ->
                    java.util.stream.IntStream.rangeClosed(1, 150)
                        .mapToObj(i -> CollectiveEntry.of(participant(i)))
                        .iterator()));

    assertThat(violations).hasSize(100);
    assertThat(violations.get(99)).isEqualTo("participants.100.facts.signedOn REQUIRED");
  }

  @Test
  void jsonLines_wrappedEntriesWithFacts_areRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    Files.writeString(
        file,
        "{\"participant\":{\"id\":\"a\",\"name\":\"Ana Ñúñez\",\"residence\":\"ES\"},"
            + "\"facts\":{\"received\":\"2026-09-01\",\"missing\":[\"COPY\"]}}\n"
            + "{\"id\":\"b\",\"name\":\"Bo Ek\",\"residence\":\"SE\"}\n",
        StandardCharsets.UTF_8);
    CollectiveSource source =
        CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK));

    assertThat(source.count()).isEqualTo(2);
    List<CollectiveEntry> entries = new ArrayList<>();
    source.entries().forEachRemaining(entries::add);
    assertThat(entries.get(0).facts().received()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(entries.get(1).participant().id()).isEqualTo("b");
  }

  @Test
  void jsonLines_malformedLine_isMalformedJsonOnThatLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\"}\n{oops\n");
    CollectiveSource source =
        CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK));

    assertThatThrownBy(source::count)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("participants.2");
              assertThat(e.violations().get(0).code().name()).isEqualTo("MALFORMED_JSON");
            });
  }

  @Test
  void jsonLines_sameIdTwice_namesTheLaterLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      lines.append("{\"id\":\"p-").append(i).append("\",\"name\":\"N\",\"residence\":\"NL\"}\n");
    }
    lines.append("{\"id\":\"p-1234\",\"name\":\"N\",\"residence\":\"NL\"}\n");
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK)).count())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("participants.3001.id");
              assertThat(e.violations().get(0).message()).contains("line 1234");
            });
  }

  @Test
  void jsonLines_notUtf8_isMalformedOnThatLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    byte[] good =
        "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    Files.write(
        file, java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array());

    assertThatThrownBy(
            () -> CollectiveSource.jsonLines(file, ModelValidator.create(Fixtures.CLOCK)).count())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("participants.2"));
  }

  @Test
  void collectiveInput_volumeSizeZero_isRejected() {
    assertThatThrownBy(
            () ->
                CollectiveInput.of(
                        CollectiveKind.COVER,
                        Fixtures.controller("tiktok"),
                        Fixtures.organisation())
                    .withVolumeSize(0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("volumeSize"));
  }
}
