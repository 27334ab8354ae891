package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding of the attack run on the {@code inzage} command (issue "Hostile input") that is
 * about reading input and reporting errors: each is exit 2 with one line on stderr, no stack trace,
 * no terminal control character, and never the hostile value.
 */
class HostileInputCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final String GOOD = "{\"id\":\"p-1\",\"name\":\"Jan Jansen\",\"residence\":\"NL\"";

  @TempDir static Path dir;

  private static Path file(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Arguments row(String finding, String hostile, Function<Path, String[]> args) {
    return Arguments.of(finding, hostile, args);
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        row(
            "birthDate 3000 (a number)",
            "3000",
            d ->
                new String[] {
                  "validate",
                  "--participant",
                  file("n.json", GOOD + ",\"birthDate\":3000}").toString()
                }),
        row(
            "name 12345",
            "12345",
            d ->
                new String[] {
                  "validate",
                  "--participant",
                  file("n.json", "{\"id\":\"p-1\",\"name\":12345,\"residence\":\"NL\"}").toString()
                }),
        row(
            "key with a bidi override",
            "Lukleak",
            d ->
                new String[] {
                  "validate",
                  "--participant",
                  file("k.json", GOOD + ",\"Zzsecret\u202ELukleak\":1}").toString()
                }),
        row(
            "JSON Lines top-level key with a terminal escape",
            "PWNED",
            d ->
                new String[] {
                  "letter",
                  "--kind",
                  "cover",
                  "--controller",
                  "tiktok",
                  "--participants",
                  file("e.jsonl", "{\"participant\":" + GOOD + "},\"\\u001B]0;PWNED\\u0007\":1}\n")
                      .toString(),
                  "--out",
                  d.resolve("volumes").toString()
                }),
        row(
            "JSON Lines top-level key with a bidi override",
            "Lukleak",
            d ->
                new String[] {
                  "letter",
                  "--kind",
                  "cover",
                  "--controller",
                  "tiktok",
                  "--participants",
                  file("b.jsonl", "{\"participant\":" + GOOD + "},\"Zzsecret\u202ELukleak\":1}\n")
                      .toString(),
                  "--out",
                  d.resolve("volumes").toString()
                }),
        row(
            "unknown option with a passphrase",
            "correct horse battery staple",
            d ->
                new String[] {
                  "keys",
                  "new",
                  "--out",
                  d.resolve("keys").toString(),
                  "--passphrase",
                  "correct horse battery staple"
                }),
        row(
            "invalid option value",
            "Jan Jansen",
            d ->
                new String[] {
                  "letter",
                  "--kind",
                  "cover",
                  "--controller",
                  "tiktok",
                  "--participants",
                  file("g.jsonl", GOOD + "}\n").toString(),
                  "--volume-size",
                  "Jan Jansen",
                  "--out",
                  d.resolve("volumes").toString()
                }),
        row(
            "option given twice",
            "Jan Jansen",
            d ->
                new String[] {
                  "deadline",
                  "--received",
                  "2025-03-18",
                  "--received",
                  "Jan Jansen",
                  "--country",
                  "NL"
                }),
        row(
            "letter --out a folder",
            "never",
            d ->
                new String[] {
                  "letter",
                  "--kind",
                  "access",
                  "--controller",
                  "tiktok",
                  "--participant",
                  file("p.json", GOOD + "}").toString(),
                  "--out",
                  d.toString()
                }),
        row(
            "letter --out /",
            "never",
            d ->
                new String[] {
                  "letter",
                  "--kind",
                  "access",
                  "--controller",
                  "tiktok",
                  "--participant",
                  file("p.json", GOOD + "}").toString(),
                  "--out",
                  "/"
                }),
        row(
            "--participant a folder",
            "never",
            d -> new String[] {"validate", "--participant", d.toString()}),
        row(
            "year 1e9 in a request",
            "1000000000",
            d ->
                new String[] {
                  "status",
                  "--request",
                  file(
                          "r.json",
                          "{\"id\":\"r-1\",\"controllerId\":\"tiktok\",\"events\":[{\"type\":"
                              + "\"submitted\",\"at\":\"+1000000000-01-01T00:00:00Z\","
                              + "\"channel\":\"EMAIL\"}]}")
                      .toString()
                }),
        row(
            "year 999999999 in a request",
            "999999999",
            d ->
                new String[] {
                  "status",
                  "--request",
                  file(
                          "r.json",
                          "{\"id\":\"r-1\",\"controllerId\":\"tiktok\",\"events\":[{\"type\":"
                              + "\"submitted\",\"at\":\"+999999999-01-01T00:00:00Z\","
                              + "\"channel\":\"EMAIL\"}]}")
                      .toString()
                }),
        row(
            "deadline --received +999999999-12-31",
            "999999999",
            d -> new String[] {"deadline", "--received", "+999999999-12-31", "--country", "NL"}),
        row(
            "deadline --suspended to year 999999999",
            "999999999",
            d ->
                new String[] {
                  "deadline",
                  "--received",
                  "2025-03-18",
                  "--country",
                  "NL",
                  "--suspended",
                  "2025-03-19..+999999999-12-31"
                }),
        row(
            "deadline --country with a dotless i",
            "\u0131t",
            d -> new String[] {"deadline", "--received", "2025-03-18", "--country", "\u0131t"}),
        row(
            "deadline --controller with a Kelvin sign",
            "\u212A",
            d ->
                new String[] {
                  "deadline",
                  "--received",
                  "2025-03-18",
                  "--controller",
                  "tiktok".replace('k', '\u212A')
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void run_hostileInput_exitTwoOneLineWithoutTheValue(
      String finding, String hostile, Function<Path, String[]> args) {
    CommandRun run = CommandRun.of(CLOCK, SendingOrganisation.added(args.apply(dir)));

    assertThat(run.exit()).as(finding + ": " + run.err()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("inzage: ")
        .doesNotContain(hostile)
        .doesNotContain("\tat ")
        .doesNotContain("\u001B")
        .doesNotContain("\u202E");
    // validate reports the violations on stdout as well, under the same rules
    assertThat(run.out()).doesNotContain(hostile).doesNotContain("\u001B").doesNotContain("\u202E");
  }

  @Test
  void validate_200000UnknownFields_shortErrorWithAtMost100() {
    StringBuilder json = new StringBuilder(GOOD);
    for (int i = 0; i < 200_000; i++) {
      json.append(",\"x").append(i).append("\":1");
    }
    Path participant = file("many.json", json.append('}').toString());

    CommandRun run = CommandRun.of(CLOCK, "validate", "--participant", participant.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out().length() + run.err().length()).isLessThan(30_000);
  }

  @Test
  void validate_38MegabyteFile_isTooLong() throws Exception {
    StringBuilder json = new StringBuilder(GOOD + ",\"accounts\":{");
    for (int i = 0; json.length() < 38_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":{}");
    }
    Path participant = file("huge.json", json.append("}}").toString());

    CommandRun run = CommandRun.of(CLOCK, "validate", "--participant", participant.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("TOO_LONG");
  }

  @Test
  void letterCover_changedDuringTheRun_writesWhatWasCheckedOrNothing() throws Exception {
    // the library test drives the change through the sink; here: the snapshot is not left behind
    List<Path> before = tempSnapshots();
    Path participants =
        file(
            "ok.jsonl",
            "{\"participant\":" + GOOD + "},\"facts\":{\"signedOn\":\"2026-11-02\"}}\n");
    CommandRun run =
        CommandRun.of(
            CLOCK,
            SendingOrganisation.added(
                "letter",
                "--kind",
                "cover",
                "--controller",
                "tiktok",
                "--participants",
                participants.toString(),
                "--out",
                dir.resolve("ok-volumes").toString()));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(tempSnapshots()).isEqualTo(before);
  }

  private static List<Path> tempSnapshots() throws Exception {
    List<Path> found = new ArrayList<>();
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      files
          .filter(p -> p.getFileName().toString().startsWith("inzage-participants-"))
          .forEach(found::add);
    }
    return found;
  }
}
