package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inzage record}: the operator confirms a web-form submission with its ticket number, and
 * the event is appended only when the lifecycle allows it.
 */
class RecordCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);
  private static final String NEW_REQUEST =
      "{\"id\":\"r-0001\",\"participantId\":\"p-000123\",\"controllerId\":\"tiktok\","
          + "\"residence\":\"NL\",\"events\":[]}";
  private static final String SUBMITTED =
      "{\"type\":\"submitted\",\"at\":\"2026-12-01T10:00:00Z\",\"channel\":\"WEB_FORM\","
          + "\"proof\":\"ticket 4711\"}";

  @TempDir Path dir;

  private CommandRun record(Path request, String event) {
    return CommandRun.of(CLOCK, "record", "--request", request.toString(), "--event", event);
  }

  @Test
  void submittedWithTheTicketNumber_isAppended_andStatusFollows() throws Exception {
    Path request = Files.writeString(dir.resolve("r.json"), NEW_REQUEST);

    CommandRun run = record(request, SUBMITTED);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("recorded").asText()).isEqualTo("submitted");
    assertThat(run.json().get("events").asInt()).isEqualTo(1);
    assertThat(run.json().get("status").asText()).isEqualTo("SUBMITTED");
    JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(request.toFile());
    JsonNode event = written.get("events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("submitted");
    assertThat(event.get("channel").asText()).isEqualTo("WEB_FORM");
    assertThat(event.get("proof").asText()).isEqualTo("ticket 4711");
    assertThat(event.get("at").asText()).isEqualTo("2026-12-01T10:00:00Z");
    // and inzage status reads what was written
    CommandRun status =
        CommandRun.of(CLOCK, "status", "--request", request.toString(), "--on", "2026-12-02");
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(status.json().get("received").asText()).isEqualTo("2026-12-01");
  }

  @Test
  void anEventTheLifecycleDoesNotAllow_exitsTwo_andLeavesTheFileAsItWas() throws Exception {
    Path request = Files.writeString(dir.resolve("r.json"), NEW_REQUEST);
    byte[] before = Files.readAllBytes(request);

    CommandRun run = record(request, "{\"type\":\"fulfilled\",\"at\":\"2026-12-01T10:00:00Z\"}");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("inzage: record: invalid input: event INVALID_VALUE");
    assertThat(Files.readAllBytes(request)).isEqualTo(before);
  }

  @Test
  void badEvents_exitTwoNamingTheField_andChangeNothing() throws Exception {
    Path request = Files.writeString(dir.resolve("r.json"), NEW_REQUEST);
    byte[] before = Files.readAllBytes(request);
    String[][] cases = {
      {"{\"type\":\"submitted\",", "MALFORMED_JSON"},
      {SUBMITTED.replace("}", ",\"ticket\":\"1\"}"), "event.ticket UNKNOWN_FIELD"},
      {SUBMITTED.replace("ticket 4711", "ticket\\r\\n4711"), "event.proof CONTROL_CHARACTERS"},
      {SUBMITTED.replace("2026-12-01T10", "2027-12-01T10"), "event.at FUTURE_DATE"},
      {"{\"type\":\"sent\",\"at\":\"2026-12-01T10:00:00Z\"}", "event"},
    };
    for (String[] c : cases) {
      CommandRun run = record(request, c[0]);

      assertThat(run.exit()).as(c[0]).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as(c[0]).contains(c[1]);
      assertThat(Files.readAllBytes(request)).as(c[0]).isEqualTo(before);
    }
  }
}
