package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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

  /** The outcome of one run of the command. */
  record Run(int exit, String stdout, String stderr) {
    JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }

    List<String> violations() throws IOException {
      List<String> out = new ArrayList<>();
      json()
          .get("violations")
          .forEach(v -> out.add(v.get("field").asText() + " " + v.get("code").asText()));
      return out;
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Inzage.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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

  private static void assertOneLineWithoutPersonalData(Run run) {
    assertThat(run.stderr().lines().toList()).hasSize(1);
    assertThat(run.stderr()).startsWith("inzage: ").doesNotContain("Zoë").doesNotContain("zoe@");
  }

  @Test
  void validate_validParticipant_exitsZeroWithValidTrue() throws Exception {
    Run run = run("validate", "--participant", participant(p -> {}).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("valid").asBoolean()).isTrue();
    assertThat(run.violations()).isEmpty();
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void validate_nameWithCrLf_exitsTwoNamingTheField() throws Exception {
    Run run =
        run(
            "validate",
            "--participant",
            participant(p -> p.put("name", NAME + "\r\nBcc: x@evil.example")).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.json().get("valid").asBoolean()).isFalse();
    assertThat(run.violations()).containsExactly("name CONTROL_CHARACTERS");
    assertOneLineWithoutPersonalData(run);
    assertThat(run.stdout()).doesNotContain("Zoë");
  }

  @Test
  void validate_unknownField_isReportedLikeAnyViolation() throws Exception {
    Run run = run("validate", "--participant", participant(p -> p.put("shoeSize", 44)).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.violations()).containsExactly("shoeSize UNKNOWN_FIELD");
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_malformedJson_isReportedLikeAnyViolation() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"p-1\", \"name\": \"" + NAME + "\"", StandardCharsets.UTF_8);

    Run run = run("validate", "--participant", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.violations()).containsExactly(" MALFORMED_JSON");
    assertThat(run.stdout()).doesNotContain("Zoë");
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_hundredThousandCharacterStreet_isTooLong() throws Exception {
    Run run =
        run(
            "validate",
            "--participant",
            participant(p -> ((ObjectNode) p.get("address")).put("street", "x".repeat(100_000)))
                .toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.violations()).containsExactly("address.street TOO_LONG");
    assertThat(run.stdout().length()).isLessThan(2_000);
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void validate_everyProblemAtOnce_listsThemAll() throws Exception {
    Run run =
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
    assertThat(run.violations())
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
    Run run =
        run("validate", "--participant", participant(p -> p.put("residence", "EL")).toString());

    assertThat(run.exit()).isZero();
  }

  @Test
  void validate_missingFile_exitsTwoWithoutRepeatingThePath() {
    Run run = run("validate", "--participant", dir.resolve("Zoë.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertOneLineWithoutPersonalData(run);
  }

  @Test
  void command_withoutSubcommandOrWithUnknownOption_exitsTwoWithOneLine() {
    Run none = run();
    Run unknown = run("validate", "--participant", "x.json", "--frobnicate");

    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.stderr().lines().toList()).hasSize(1);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.stderr().lines().toList()).hasSize(1);
  }

  @Test
  void helpAndVersion_exitZero() {
    Run help = run("--help");
    Run version = run("--version");

    assertThat(help.exit()).isZero();
    assertThat(help.stdout()).contains("validate");
    assertThat(version.exit()).isZero();
    assertThat(version.stdout()).startsWith("inzage ");
  }
}
