package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code inzage deadline}, {@code eligibility} and {@code status} end to end. */
class RulesCommandsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-05T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(CLOCK, args);
  }

  @Test
  void deadline_netherlandsOverEaster_rolloversWithReasons() throws IOException {
    CommandRun run = run("deadline", "--received", "2025-03-18", "--country", "NL");

    assertThat(run.exit()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("received").asText()).isEqualTo("2025-03-18");
    assertThat(json.get("oneMonth").asText()).isEqualTo("2025-04-22");
    assertThat(json.get("due").asText()).isEqualTo("2025-04-22");
    assertThat(json.get("country").asText()).isEqualTo("NL");
    assertThat(json.get("suspendedDays").asInt()).isZero();
    assertThat(json.get("pauseHonoured").asBoolean()).isFalse();
    assertThat(json.get("rollovers")).hasSize(4);
    assertThat(json.get("rollovers").get(0).get("text").asText())
        .isEqualTo("2025-04-18 Good Friday (NL)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --controller tiktok --received 2021-03-05 | 2021-04-06 | IE
          --controller zoom --received 2021-03-05 | 2021-04-06 | IE
          --controller palantir --received 2025-03-18 | 2025-04-18 |
          --country none --received 2025-03-18 | 2025-04-18 |
          --country el --received 2025-02-25 | 2025-03-26 | GR
          --country NL --received 2025-01-31 --extended | 2025-04-30 | NL
          --country NL --received 2025-03-03 --suspended 2025-03-05..2025-03-12 | 2025-04-10 | NL
          --country NL --received 2025-03-03 --suspended 2025-03-05..2025-03-12 --reading restart | 2025-04-14 | NL
          --country NL --received 2025-03-03 --suspended 2025-03-11..2025-03-20 | 2025-04-03 | NL
          --controller zoom --residence CH --received 2025-07-02 --extended | 2025-08-04 | CH
          --controller tiktok --residence CH --received 2021-03-05 | 2021-04-06 | IE
          --country none --residence CH --received 2025-07-02 | 2025-08-04 | CH
          --country DE --received 2024-12-06 | 2025-01-06 | DE
          --country DE-BY --received 2024-12-06 | 2025-01-07 | DE
          """)
  void deadline_options_dueDate(String args, String due, String country) throws IOException {
    CommandRun run = run(("deadline " + args).split(" "));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("due").asText()).isEqualTo(due);
    assertThat(run.json().get("country").isNull() ? null : run.json().get("country").asText())
        .isEqualTo(country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --received 2025-02-30 --country NL | --received
          --received tomorrow --country NL | --received
          --received 2025-03-03 --country XX | --country
          --received 2025-03-03 --country GB | --country
          --received 2025-03-03 --country DE-XX | --country
          --received 2025-03-03 --controller nobody | --controller
          --received 2025-03-03 --country NL --suspended 2025-03-10..2025-03-05 | --suspended
          --received 2025-03-03 --country NL --suspended 2025-03-05 | --suspended
          --received 2025-03-03 --country NL --suspended 2025-03-05..2025-03-10 --reading sideways | --reading
          --received 2025-03-03 --country NL --residence ZZ | --residence
          --received 2025-03-03 --country NL --suspended 2025-03-01..2025-03-05 | --suspended
          """)
  void deadline_badInput_exit2NamingOption(String args, String option) {
    CommandRun run = run(("deadline " + args).split(" "));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).contains(option).doesNotContain("\n");
  }

  @Test
  void deadline_countryAndController_exit2() {
    assertThat(
            run("deadline", "--received", "2025-03-03", "--country", "NL", "--controller", "zoom")
                .exit())
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("deadline", "--received", "2025-03-03").exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @ParameterizedTest(name = "born {0} on {1}")
  @CsvSource({
    "2007-03-05, 2025-03-05, EL, true, ''",
    "2007-03-06, 2025-03-05, NL, false, UNDER_MINIMUM_AGE",
    "1990-01-01, 2025-03-05, GB, false, RESIDENCE_OUTSIDE_TERRITORY",
  })
  void eligibility_participant_eligibleOrReasons(
      String born, String on, String residence, boolean eligible, String reason)
      throws IOException {
    Path participant =
        file(
            "p.json",
            "{\"id\":\"p-1\",\"name\":\"Zoë Test\",\"birthDate\":\""
                + born
                + "\",\"residence\":\""
                + residence
                + "\"}");

    CommandRun run = run("eligibility", "--participant", participant.toString(), "--on", on);

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("eligible").asBoolean()).isEqualTo(eligible);
    assertThat(run.json().get("reasons").toString())
        .isEqualTo(reason.isEmpty() ? "[]" : "[\"" + reason + "\"]");
  }

  @Test
  void eligibility_noBirthDateDefaultToday_birthDateMissing() throws IOException {
    Path participant =
        file("p.json", "{\"id\":\"p-1\",\"name\":\"Zoë Test\",\"residence\":\"NL\"}");

    CommandRun run = run("eligibility", "--participant", participant.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("reasons").toString()).isEqualTo("[\"BIRTH_DATE_MISSING\"]");
    assertThat(run.json().get("on").asText()).isEqualTo("2025-03-05");
  }

  @Test
  void eligibility_invalidOrMissingFile_exit2WithoutPersonalData() throws IOException {
    Path invalid =
        file("bad.json", "{\"id\":\"p-1\",\"name\":\"Zoë Test\",\"residence\":\"NL\",\"x\":1}");

    CommandRun bad = run("eligibility", "--participant", invalid.toString());
    CommandRun missing = run("eligibility", "--participant", dir.resolve("none.json").toString());
    CommandRun policy =
        run("eligibility", "--participant", invalid.toString(), "--policy", "unknown");

    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("x").doesNotContain("Zoë");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(policy.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(policy.err()).contains("--policy");
  }

  private static final String REQUEST =
      """
      {
        "id": "r-0001",
        "participantId": "p-000123",
        "controllerId": "tiktok",
        "residence": "NL",
        "events": [
          { "type": "submitted", "at": "2021-03-05T09:30:00Z", "channel": "WEB_FORM", "proof": "ticket 4711" },
          { "type": "acknowledged", "at": "2021-03-06T08:00:00Z" }
        ]
      }
      """;

  @Test
  void status_openRequestPastDue_overdueWithReminder() throws IOException {
    Path request = file("r.json", REQUEST);

    CommandRun run = run("status", "--request", request.toString(), "--on", "2021-04-07");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(json.get("due").asText()).isEqualTo("2021-04-06");
    assertThat(json.get("overdue").asBoolean()).isTrue();
    assertThat(json.get("next").get("action").asText()).isEqualTo("REMINDER");
    assertThat(json.get("next").get("on").asText()).isEqualTo("2021-04-07");
    assertThat(json.get("next").get("dueNow").asBoolean()).isTrue();
  }

  @Test
  void status_fulfilled_notOverdueNoNext() throws IOException {
    Path request =
        file(
            "r.json",
            REQUEST.replace(
                "\"2021-03-06T08:00:00Z\" }",
                "\"2021-03-06T08:00:00Z\" },\n{ \"type\": \"fulfilled\", \"at\": \"2021-03-20T08:00:00Z\" }"));

    CommandRun run = run("status", "--request", request.toString(), "--on", "2021-05-01");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("status").asText()).isEqualTo("FULFILLED");
    assertThat(run.json().get("overdue").asBoolean()).isFalse();
    assertThat(run.json().get("next").isNull()).isTrue();
  }

  @ParameterizedTest(name = "partial answer on {0}: overdue {1}")
  @CsvSource({"2021-04-06, false", "2021-04-07, true"})
  void status_partialAnswer_overdueAfterTheDueDate(String on, boolean overdue) throws IOException {
    Path request =
        file(
            "r.json",
            REQUEST.replace(
                "\"2021-03-06T08:00:00Z\" }",
                "\"2021-03-06T08:00:00Z\" },\n{ \"type\": \"partiallyFulfilled\", \"at\":"
                    + " \"2021-03-20T08:00:00Z\" }"));

    CommandRun run = run("status", "--request", request.toString(), "--on", on);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("status").asText()).isEqualTo("PARTIALLY_FULFILLED");
    assertThat(json.get("due").asText()).isEqualTo("2021-04-06");
    assertThat(json.get("overdue").asBoolean()).isEqualTo(overdue);
    assertThat(json.get("next").get("action").asText()).isEqualTo("FOLLOW_UP");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          illegal transition | "acknowledged" | "fulfilled"
          unknown event type | "acknowledged" | "java.lang.Runtime"
          unknown controller | "tiktok" | "nobody"
          bad channel | "WEB_FORM" | "PIGEON"
          """)
  void status_badRequest_exit2(String label, String from, String to) throws IOException {
    String broken =
        label.equals("illegal transition")
            ? REQUEST.replace("\"type\": \"submitted\"", "\"type\": \"fulfilled\"")
            : REQUEST.replace(from, to);
    Path request = file("r.json", broken);

    CommandRun run = run("status", "--request", request.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
