package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage letter} end to end, as a user runs it. */
class LetterCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final String PARTICIPANT =
      "{\"id\":\"p-000123\",\"name\":\"Zoë Ångström-Łukasiewicz\",\"email\":\"zoe@example.org\","
          + "\"birthDate\":\"1990-02-14\",\"residence\":\"DE\",\"language\":\"nl\","
          + "\"accounts\":{\"tiktok\":{\"username\":\"@zoe\"}}}";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
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

  private Path participant() throws Exception {
    return Files.writeString(dir.resolve("p.json"), PARTICIPANT);
  }

  @Test
  void letter_accessAsPdf_writesPdfAAndReportsIt() throws Exception {
    Path out = dir.resolve("access.pdf");
    Run run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(json.get("pages").asInt()).isGreaterThan(1);
    assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(out));
    assertThat(new String(Files.readAllBytes(out), 0, 8, StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.7");
    assertThat(run.out()).doesNotContain("Zoë");
  }

  @Test
  void letter_complaintAsText_usesTheAuthorityLanguageAndTheRequestFacts() throws Exception {
    Path request =
        Files.writeString(
            dir.resolve("r.json"),
            "{\"received\":\"2026-09-01\",\"due\":\"2026-10-01\",\"missing\":[\"RETENTION\"],"
                + "\"events\":[{\"date\":\"2026-09-20\",\"text\":\"Teilweise Antwort\"}]}");
    Path out = dir.resolve("complaint.txt");
    Run run =
        run(
            "letter",
            "--kind",
            "complaint",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--request",
            request.toString(),
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).isZero();
    String text = Files.readString(out);
    assertThat(text)
        .contains("BfDI", "1. September 2026", "1. Oktober 2026", "Teilweise Antwort")
        .contains("die geplante Dauer der Speicherung", "Stichting Inzage");
  }

  @Test
  void letter_badRequestFile_exitsTwoNamingTheFieldAndWritesNothing() throws Exception {
    Path request = Files.writeString(dir.resolve("r.json"), "{\"due\":\"soon\"}");
    Path out = dir.resolve("x.pdf");
    Run run =
        run(
            "letter",
            "--kind",
            "reminder",
            "--controller",
            "zoom",
            "--participant",
            participant().toString(),
            "--request",
            request.toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("request.due").doesNotContain("Zoë");
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_unknownKindOrController_exitsTwo() throws Exception {
    String p = participant().toString();
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "cover",
                    "--controller",
                    "tiktok",
                    "--participant",
                    p,
                    "--out",
                    dir.resolve("a").toString())
                .exit())
        .isEqualTo(2);
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "access",
                    "--controller",
                    "nope",
                    "--participant",
                    p,
                    "--out",
                    dir.resolve("b").toString())
                .exit())
        .isEqualTo(2);
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "access",
                    "--controller",
                    "tiktok",
                    "--participant",
                    p,
                    "--format",
                    "docx",
                    "--out",
                    dir.resolve("c").toString())
                .exit())
        .isEqualTo(2);
  }
}
