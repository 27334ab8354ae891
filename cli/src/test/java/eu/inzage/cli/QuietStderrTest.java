package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On success the {@code inzage} command's stderr is empty: no library (Hibernate Validator, ical4j,
 * PDFBox, Tink) logs below WARN there. Each case starts {@link Inzage#main} in a child JVM, as the
 * launcher does, since a library logs its start-up lines once per JVM.
 */
class QuietStderrTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --participant PARTICIPANT",
        "eligibility --participant PARTICIPANT --on 2021-07-28",
        "deadline --received 2025-03-18 --country NL",
        "letter --kind access --controller tiktok --participant PARTICIPANT --out DIR/access.pdf",
        "keys new --out DIR/keys"
      })
  void successfulCommand_leavesStderrEmpty(String command) throws Exception {
    Path participant = dir.resolve("participant.json");
    Files.writeString(
        participant,
        "{\"id\":\"p-000042\",\"name\":\"Jan Voorbeeld\",\"residence\":\"NL\","
            + "\"birthDate\":\"1990-01-01\",\"address\":{\"street\":\"Voorbeeldstraat 1\","
            + "\"postalCode\":\"1011 AA\",\"city\":\"Amsterdam\",\"country\":\"NL\"}}");
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.add("-cp");
    args.add(System.getProperty("java.class.path"));
    args.add(Inzage.class.getName());
    for (String word : SendingOrganisation.added(command.split(" ", -1))) {
      args.add(word.replace("PARTICIPANT", participant.toString()).replace("DIR", dir.toString()));
    }
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");

    Process process =
        new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{");
    assertThat(stderr).isEmpty();
  }
}
