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

/** {@code inzage directory import} and {@code inzage directory show}, run in-process. */
class DirectoryCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  private static final Path SAMPLE = Path.of("../docs/samples/directory");

  @TempDir Path dir;

  /** The shipped sample with one record that breaks the schema and one that is not JSON. */
  private Path brokenDirectory() throws Exception {
    for (String schema : new String[] {"schema.json", "schema-supervisory-authorities.json"}) {
      Files.copy(SAMPLE.resolve(schema), dir.resolve(schema));
    }
    Path companies = Files.createDirectory(dir.resolve("companies"));
    Files.copy(SAMPLE.resolve("companies/tiktok.json"), companies.resolve("tiktok.json"));
    Files.writeString(
        companies.resolve("no-sources.json"),
        "{\"slug\": \"no-sources\", \"relevant-countries\": [\"nl\"], \"name\": \"Geen Bronnen"
            + " B.V.\", \"address\": \"Straat 1\\nAmsterdam\\nNetherlands\", \"quality\":"
            + " \"verified\"}",
        StandardCharsets.UTF_8);
    Files.writeString(companies.resolve("half.json"), "{\"slug\": ", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void import_countsTheRecordsOfTheSample() throws Exception {
    CommandRun run = CommandRun.of(CLOCK, "directory", "import", "--from", SAMPLE.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.json().get("companies").asInt()).isEqualTo(4);
    assertThat(run.json().get("authorities").asInt()).isEqualTo(1);
    assertThat(run.json().get("rejected").size()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void import_listsEachRejectedRecord_andStillExitsZero() throws Exception {
    CommandRun run =
        CommandRun.of(CLOCK, "directory", "import", "--from", brokenDirectory().toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(json.get("companies").asInt()).isEqualTo(1);
    assertThat(json.get("authorities").asInt()).isZero();
    assertThat(json.get("rejected").get(0).get("file").asText()).isEqualTo("companies/half.json");
    assertThat(json.get("rejected").get(0).get("reason").asText())
        .isEqualTo("malformed JSON at line 1, column 10");
    assertThat(json.get("rejected").get(1).get("file").asText())
        .isEqualTo("companies/no-sources.json");
    assertThat(json.get("rejected").get(1).get("reason").asText())
        .isEqualTo("schema violation at /: required property 'sources' not found");
    assertThat(json.get("rejected").size()).isEqualTo(2);
  }

  @Test
  void import_ofAFile_exitsTwo() throws Exception {
    CommandRun run =
        CommandRun.of(
            CLOCK, "directory", "import", "--from", SAMPLE.resolve("schema.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).isEqualTo("inzage: directory import: --from is not a directory");
  }

  @Test
  void show_printsTheProfile() throws Exception {
    CommandRun run =
        CommandRun.of(CLOCK, "directory", "show", "tiktok", "--from", SAMPLE.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(json.get("id").asText()).isEqualTo("tiktok");
    assertThat(json.get("legalName").asText()).isEqualTo("TikTok Technology Limited");
    assertThat(json.get("establishment").asText()).isEqualTo("IE");
    assertThat(json.get("deadlineCountry").asText()).isEqualTo("IE");
    assertThat(json.get("zone").asText()).isEqualTo("Europe/Dublin");
    assertThat(json.get("requestLanguage").asText()).isEqualTo("en");
    assertThat(json.get("preferredChannel").asText()).isEqualTo("WEB_FORM");
    assertThat(json.get("channels").get(0).get("target").asText())
        .isEqualTo("https://www.tiktok.com/legal/report/privacy");
    assertThat(json.get("address").get("country").asText()).isEqualTo("IE");
  }

  @Test
  void show_ofAnUnknownSlug_exitsTwoNamingIt() throws Exception {
    CommandRun run = CommandRun.of(CLOCK, "directory", "show", "acme", "--from", SAMPLE.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo("inzage: directory show: SLUG 'acme' is not a controller of the directory");
  }

  @Test
  void show_ofADirectoryThatIsAFile_exitsTwo() throws Exception {
    CommandRun run =
        CommandRun.of(
            CLOCK,
            "directory",
            "show",
            "tiktok",
            "--from",
            SAMPLE.resolve("schema.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("inzage: directory show: --from is not a directory");
  }
}
