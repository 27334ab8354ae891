package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage letter} and {@code inzage deadline} with {@code --directory DIR}. */
class LetterDirectoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final Path SAMPLE = Path.of("../docs/samples/directory");
  private static final String PARTICIPANT =
      "{\"id\":\"p-000123\",\"name\":\"Zoë Ångström-Łukasiewicz\",\"email\":\"zoe@example.org\","
          + "\"residence\":\"NL\",\"language\":\"nl\","
          + "\"accounts\":{\"tiktok\":{\"username\":\"@zoe\"},\"acme\":{\"userId\":\"K-4711\"}}}";

  @TempDir Path dir;

  private CommandRun letter(String controller, Path directory, String... more) throws Exception {
    Path participant = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    String[] base = {
      "letter",
      "--kind",
      "access",
      "--controller",
      controller,
      "--directory",
      directory.toString(),
      "--participant",
      participant.toString(),
      "--format",
      "text",
      "--out",
      dir.resolve(controller + ".txt").toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CommandRun.of(CLOCK, SendingOrganisation.added(args));
  }

  @Test
  void access_toAGermanCompanyOfTheDirectory_isWrittenInGerman() throws Exception {
    CommandRun run = letter("goldgas", SAMPLE);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("controller").asText()).isEqualTo("goldgas");
    assertThat(json.get("controllerOrigin").asText()).isEqualTo("directory");
    assertThat(json.get("language").asText()).isEqualTo("de");
    assertThat(json.get("languageFallback").asBoolean()).isFalse();
    String text = Files.readString(dir.resolve("goldgas.txt"), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("goldgas GmbH")
        .contains("Rahmannstraße 1")
        .contains("Antrag auf Auskunft über personenbezogene Daten (Art. 15 DSGVO)");
  }

  @Test
  void access_toADirectoryCompanyInItsRequestLanguage_showsItsRequiredCustomerNumber()
      throws Exception {
    Path own = ownDirectory();

    CommandRun run = letter("acme", own);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("language").asText()).isEqualTo("fr");
    String text = Files.readString(dir.resolve("acme.txt"), StandardCharsets.UTF_8);
    assertThat(text).contains("Acme SARL").contains("K-4711");
    // the participant's own e-mail address is not an account identifier and is not shown
    assertThat(text).doesNotContain("zoe@example.org");
  }

  @Test
  void builtInController_keepsItsOwnFacts_evenWhenTheDirectoryHasIt() throws Exception {
    CommandRun run = letter("zoom", SAMPLE);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("controllerOrigin").asText()).isEqualTo("built-in");
    assertThat(Files.readString(dir.resolve("zoom.txt"), StandardCharsets.UTF_8))
        .contains("Zoom Communications, Inc.")
        .doesNotContain("Zoom Video Communications");
  }

  @Test
  void unknownSlug_exitsTwoNamingTheOption_andWritesNothing() throws Exception {
    CommandRun run = letter("acme", SAMPLE);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "inzage: letter: invalid input: --controller INVALID_ID (unknown controller; built in:"
                + " tiktok, zoom, palantir; the directory has 1 more)");
    assertThat(dir.resolve("acme.txt")).doesNotExist();
  }

  @Test
  void directoryThatIsAFile_exitsTwoNamingTheOption() throws Exception {
    CommandRun run = letter("goldgas", SAMPLE.resolve("schema.json"));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip())
        .isEqualTo("inzage: letter: invalid input: --directory INVALID_VALUE (is not a folder)");
  }

  @Test
  void withoutDirectory_anUnknownControllerPointsToTheOption() throws Exception {
    Path participant = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    CommandRun run =
        CommandRun.of(
            CLOCK,
            SendingOrganisation.added(
                "letter",
                "--kind",
                "access",
                "--controller",
                "goldgas",
                "--participant",
                participant.toString(),
                "--out",
                dir.resolve("x.pdf").toString()));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--controller INVALID_ID", "with --directory DIR");
  }

  @Test
  void deadline_ofADirectoryCompany_countsItsCountrysHolidays() throws Exception {
    // 2026-12-24 received by a German company: one month ends on Sunday 24 January 2027 → Monday
    CommandRun run =
        CommandRun.of(
            CLOCK,
            "deadline",
            "--received",
            "2026-12-24",
            "--controller",
            "goldgas",
            "--directory",
            SAMPLE.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("country").asText()).isEqualTo("DE");
    assertThat(run.json().get("due").asText()).isEqualTo("2027-01-25");
  }

  @Test
  void status_ofARequestToADirectoryCompany_countsItsCalendar() throws Exception {
    Path request =
        Files.writeString(
            dir.resolve("r.json"),
            "{\"id\":\"r-0002\",\"participantId\":\"p-000123\",\"controllerId\":\"goldgas\","
                + "\"residence\":\"NL\",\"events\":[{\"type\":\"submitted\","
                + "\"at\":\"2026-12-24T09:00:00Z\",\"channel\":\"EMAIL\"}]}");

    CommandRun without =
        CommandRun.of(CLOCK, "status", "--request", request.toString(), "--on", "2027-01-05");
    CommandRun with =
        CommandRun.of(
            CLOCK,
            "status",
            "--request",
            request.toString(),
            "--on",
            "2027-01-05",
            "--directory",
            SAMPLE.toString());

    assertThat(without.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(without.err()).contains("controllerId INVALID_ID");
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(with.json().get("country").asText()).isEqualTo("DE");
    assertThat(with.json().get("due").asText()).isEqualTo("2027-01-25");
  }

  /** A folder with the sample's schemas and one made-up French company that needs a number. */
  private Path ownDirectory() throws Exception {
    Path own = Files.createDirectory(dir.resolve("directory"));
    for (String schema : new String[] {"schema.json", "schema-supervisory-authorities.json"}) {
      Files.copy(SAMPLE.resolve(schema), own.resolve(schema));
    }
    Path companies = Files.createDirectory(own.resolve("companies"));
    Files.writeString(
        companies.resolve("acme.json"),
        "{\"slug\":\"acme\",\"relevant-countries\":[\"fr\"],\"categories\":[\"commerce\"],"
            + "\"name\":\"Acme SARL\",\"address\":\"1 rue de l'Exemple\\n75001 Paris\\nFrance\","
            + "\"email\":\"rgpd@acme.example.com\",\"web\":\"https://acme.example.com\","
            + "\"sources\":[\"https://acme.example.com/privacy\"],"
            + "\"required-elements\":[{\"desc\":\"Numéro de client\",\"type\":\"input\"}],"
            + "\"suggested-transport-medium\":\"email\",\"quality\":\"verified\"}");
    return own;
  }
}
