package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, output files: {@code --out} is written only as a regular file or a new path. Whatever
 * else exists there (a FIFO, a device node, a folder, {@code /}) is refused with exit 2 and left as
 * it was, and nothing is written beside it; letters are owner-only whatever the umask.
 */
class OutputFilesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final String PARTICIPANT =
      "{\"id\":\"p-000123\",\"name\":\"Zoë Ångström\",\"residence\":\"NL\"}";

  @TempDir Path dir;

  private CommandRun letter(Path participant, String out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "letter",
                "--kind",
                "access",
                "--controller",
                "tiktok",
                "--participant",
                participant.toString(),
                "--out",
                out));
    args.addAll(List.of(more));
    return CommandRun.of(CLOCK, SendingOrganisation.added(args.toArray(String[]::new)));
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }

  /** What the folder holds, to show that nothing was written. */
  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "--out at a {0}")
  @ValueSource(strings = {"fifo", "device", "folder", "root", "symlink-to-fifo"})
  void letter_outIsNotARegularFile_exitsTwoAndLeavesItUntouched(String kind) throws Exception {
    Path participant = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    Path out = dir.resolve("target");
    switch (kind) {
      case "fifo" -> run("mkfifo", out.toString());
      case "device" -> {
        assumeTrue("root".equals(System.getProperty("user.name")), "mknod needs root");
        run("mknod", out.toString(), "c", "1", "3");
      }
      case "folder" -> Files.createDirectory(out);
      case "root" -> out = Path.of("/");
      default -> {
        run("mkfifo", dir.resolve("fifo").toString());
        Files.createSymbolicLink(out, dir.resolve("fifo"));
      }
    }
    List<String> before = listing(dir);
    boolean wasFolder = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS);

    CommandRun run = letter(participant, out.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("out INVALID_VALUE").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    assertThat(listing(dir)).isEqualTo(before);
    assertThat(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)).isEqualTo(wasFolder);
    if (kind.equals("folder")) {
      assertThat(listing(out)).isEmpty();
    }
  }

  @Test
  void letter_participantIsAFolder_exitsTwoNamingTheOption() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("participant"));
    Path out = dir.resolve("access.pdf");

    CommandRun run = letter(folder, out.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("--participant INVALID_VALUE").doesNotContain("Exception");
    assertThat(Files.exists(out)).isFalse();
  }

  /** A line of a cover letter: the participant with the day their mandate was signed. */
  private static String signed(String participant) {
    return "{\"participant\":" + participant + ",\"facts\":{\"signedOn\":\"2026-11-02\"}}";
  }

  @Test
  void letter_volumeNameTakenByAFifo_exitsTwoBeforeAnyVolumeIsWritten() throws Exception {
    Path lines =
        Files.writeString(
            dir.resolve("p.jsonl"),
            signed(PARTICIPANT)
                + "\n"
                + signed(PARTICIPANT.replace("p-000123", "p-000124"))
                + "\n");
    Path out = Files.createDirectory(dir.resolve("volumes"));
    run("mkfifo", out.resolve("cover-tiktok-002.pdf").toString());

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
                lines.toString(),
                "--volume-size",
                "1",
                "--out",
                out.toString()));

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("out INVALID_VALUE");
    assertThat(listing(out)).containsExactly("cover-tiktok-002.pdf");
  }

  @Test
  void letter_writtenFiles_areOwnerOnlyAndReplaceARegularFile() throws Exception {
    Path participant = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    Path out = Files.writeString(dir.resolve("access.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));

    CommandRun run = letter(participant, out.toString(), "--format", "text");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains("Zoë Ångström");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
  }
}
