package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage validate} and the command's shared contract, run in-process as a user would. */
class ValidateCommandTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  static final String NAME = "Zoë Ångström-Łukasiewicz";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(CLOCK, args);
  }

  static List<String> violations(CommandRun run) throws IOException {
    List<String> out = new ArrayList<>();
    run.json()
        .get("violations")
        .forEach(v -> out.add(v.get("field").asText() + " " + v.get("code").asText()));
    return out;
  }

  private Path participant(java.util.function.Consumer<ObjectNode> change) throws IOException {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", "p-000123").put("name", NAME).put("email", "zoe@example.org");
    p.put("phone", "+31612345678").put("birthDate", "1990-02-14").put("residence", "NL");
    p.put("language", "nl");
    p.putObject("address")
        .put("street", "Prinsengracht 263")
        .put("postalCode", "1016 GV")
        .put("city", "Amsterdam")
        .put("country", "NL");
    p.putObject("accounts").putObject("tiktok").put("username", "@zoe");
    change.accept(p);
    Path file = dir.resolve("participant.json");
    Files.writeString(file, JSON.writeValueAsString(p), StandardCharsets.UTF_8);
    return file;
  }

  private static void assertOneLineWithoutPersonalData(CommandRun run) {
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("inzage: ").doesNotContain("Zoë").doesNotContain("zoe@");
  }

  @Test
  void validate_validParticipant_exitsZeroWithValidTrue() throws Exception {
    CommandRun run = run("validate", "--participant", participant(p -> {}).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("valid").asBoolean()).isTrue();
    assertThat(violations(run)).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_nameWithCrLf_exitsTwoNamingTheField() throws Exception {
    CommandRun run =
        run(
            "validate",
            "--participant",
            participant(p -> p.put("name", NAME + "\r\nBcc: x@evil.example")).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.json().get("valid").asBoolean()).isFalse();
    assertThat(violations(run)).containsExactly("name CONTROL_CHARACTERS");
    assertOneLineWithoutPersonalData(run);
    assertThat(run.out()).doesNotContain("Zoë");
  }

  @Test
  void validate_unknownField_isReportedLikeAnyViolation() throws Exception {
    CommandRun run =
        run("validate", "--participant", participant(p -> p.put("shoeSize", 44)).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(violations(run)).containsExactly("shoeSize UNKNOWN_FIELD");
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_malformedJson_isReportedLikeAnyViolation() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"p-1\", \"name\": \"" + NAME + "\"", StandardCharsets.UTF_8);

    CommandRun run = run("validate", "--participant", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(violations(run)).containsExactly(" MALFORMED_JSON");
    assertThat(run.out()).doesNotContain("Zoë");
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_hundredThousandCharacterStreet_isTooLong() throws Exception {
    CommandRun run =
        run(
            "validate",
            "--participant",
            participant(p -> ((ObjectNode) p.get("address")).put("street", "x".repeat(100_000)))
                .toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(violations(run)).containsExactly("address.street TOO_LONG");
    assertThat(run.out().length()).isLessThan(2_000);
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_everyProblemAtOnce_listsThemAll() throws Exception {
    CommandRun run =
        run(
            "validate",
            "--participant",
            participant(
                    p -> {
                      p.put("id", "../../etc/passwd");
                      p.put("residence", "XX");
                      p.put("birthDate", "2027-01-01");
                      p.put("email", "zoe@");
                      p.put("phone", "abc");
                      p.remove("name");
                    })
                .toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(violations(run))
        .containsExactly(
            "birthDate FUTURE_DATE",
            "email INVALID_EMAIL",
            "id INVALID_ID",
            "name REQUIRED",
            "phone INVALID_PHONE",
            "residence UNKNOWN_COUNTRY");
  }

  @Test
  void validate_greekResidenceAsEl_isValid() throws Exception {
    CommandRun run =
        run("validate", "--participant", participant(p -> p.put("residence", "EL")).toString());

    assertThat(run.exit()).isZero();
  }

  @Test
  void validate_missingFile_exitsTwoWithoutRepeatingThePath() {
    CommandRun run = run("validate", "--participant", dir.resolve("Zoë.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void command_withoutSubcommandOrWithUnknownOption_exitsTwoWithOneLine() {
    CommandRun none = run();
    CommandRun unknown = run("validate", "--participant", "x.json", "--frobnicate");

    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().lines().toList()).hasSize(1);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().lines().toList()).hasSize(1);
  }

  @Test
  void helpAndVersion_exitZero() {
    CommandRun help = run("--help");
    CommandRun version = run("--version");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("validate");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("inzage ");
  }
}
