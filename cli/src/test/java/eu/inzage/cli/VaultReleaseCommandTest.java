package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inzage vault release} and {@code vault open --released} on the golden fixtures of format
 * 1.1, whose key slots carry the shred layer (crypto/FORMAT.md 10.1).
 */
class VaultReleaseCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private static final Path GOLDEN = Path.of("../crypto/src/test/resources/golden/v1.1");
  private static final String HELLO = "Hallo! Dit zijn de gegevens die TikTok over je heeft.\n";

  @TempDir Path dir;

  private static String g(String file) {
    return GOLDEN.resolve(file).toString();
  }

  private CommandRun open(String... extra) {
    String[] base = {
      "vault",
      "open",
      "--store",
      g("store"),
      "--key",
      g("participant-private.json"),
      "--organisation-key",
      g("organisation-public.json"),
      "--subject",
      "p-000123",
      "--object",
      "before-rotation",
      "--out",
      dir.resolve("hello.txt").toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CommandRun.of(CLOCK, args);
  }

  @Test
  void open_layeredKeySlotWithoutRelease_exits2WithOneLineAndNoFile() {
    CommandRun run = open();

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "inzage: open: vault object before-rotation: the key slot has the organisation's"
                + " shred layer; open it with the key slots the organisation released (inzage"
                + " vault release) or with the vault's shred keys\n");
    assertThat(dir.resolve("hello.txt")).doesNotExist();
  }

  @Test
  void release_thenOpenWithTheReleasedKeySlots() throws IOException {
    Path released = dir.resolve("released");
    CommandRun release =
        CommandRun.of(
            CLOCK,
            "vault",
            "release",
            "--store",
            g("store"),
            "--shred-keys",
            g("shred-keys"),
            "--kek",
            g("kek.json"),
            "--organisation-key",
            g("organisation-public.json"),
            "--subject",
            "p-000123",
            "--out",
            released.toString());
    assertThat(release.exit()).as(release.err()).isEqualTo(ExitCodes.OK);
    assertThat(release.json().path("released").toString())
        .isEqualTo("[\"after-rotation\",\"before-rotation\"]");
    assertThat(release.json().path("count").asInt()).isEqualTo(2);

    CommandRun open = open("--released", released.toString());
    assertThat(open.exit()).as(open.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("hello.txt"), StandardCharsets.UTF_8)).isEqualTo(HELLO);
  }

  @Test
  void release_withoutTheKek_exits2NamingTheOption() {
    CommandRun run =
        CommandRun.of(
            CLOCK,
            "vault",
            "release",
            "--store",
            g("store"),
            "--shred-keys",
            g("shred-keys"),
            "--kek",
            dir.resolve("missing.json").toString(),
            "--organisation-key",
            g("organisation-public.json"),
            "--subject",
            "p-000123",
            "--out",
            dir.resolve("released").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo("inzage: release: invalid input: --kek REQUIRED (file not found)\n");
  }
}
