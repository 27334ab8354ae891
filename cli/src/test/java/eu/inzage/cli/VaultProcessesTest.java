package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault commands as separate processes, as a campaign runs them: two {@code vault seal} of one
 * object started together (exactly one wins), {@code vault open} killed with SIGTERM and SIGKILL
 * (no plaintext survives the next run), and every command under {@code umask 000} (the store and
 * the key files stay owner-only).
 */
class VaultProcessesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-05T10:15:30Z"), ZoneOffset.UTC);
  private static final String SUBJECT = "p-000123";

  @TempDir Path dir;

  @BeforeEach
  void lowerArgon2() {
    System.setProperty(VaultFiles.ARGON2_PROPERTY, "256,1,1");
  }

  @AfterEach
  void restore() {
    System.clearProperty(VaultFiles.ARGON2_PROPERTY);
  }

  private static boolean posix() {
    return Path.of("/").getFileSystem().supportedFileAttributeViews().contains("posix")
        && Files.isExecutable(Path.of("/bin/sh"));
  }

  /** The command line of {@code inzage ARGS} in a child JVM, optionally under {@code umask 000}. */
  private static List<String> inzage(boolean openUmask, String... args) {
    List<String> command = new ArrayList<>();
    if (openUmask) {
      command.addAll(List.of("/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\""));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xmx256m",
            "-D" + VaultFiles.ARGON2_PROPERTY + "=256,1,1",
            "-cp",
            System.getProperty("java.class.path"),
            Inzage.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private Process start(boolean openUmask, String... args) throws IOException {
    return new ProcessBuilder(inzage(openUmask, args))
        .redirectOutput(dir.resolve("out-" + System.nanoTime() + ".json").toFile())
        .redirectError(dir.resolve("err-" + System.nanoTime() + ".txt").toFile())
        .start();
  }

  private CommandRun inProcess(String... args) {
    return CommandRun.of(CLOCK, Map.of(), args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private Path content(String name, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  private String[] sealArgs(String object, Path in) {
    return new String[] {
      "vault",
      "seal",
      "--store",
      p("vault"),
      "--signing-key",
      p("org/" + VaultFiles.SIGNING_KEY),
      "--recipient",
      p("keys/public.json"),
      "--subject",
      SUBJECT,
      "--object",
      object,
      "--in",
      in.toString()
    };
  }

  private String[] openArgs(String object, Path out) {
    return new String[] {
      "vault",
      "open",
      "--store",
      p("vault"),
      "--key",
      p("keys/private.json"),
      "--organisation-key",
      p("org/" + VaultFiles.PUBLIC_KEY),
      "--subject",
      SUBJECT,
      "--object",
      object,
      "--out",
      out.toString()
    };
  }

  private void keys() {
    assertThat(inProcess("keys", "new", "--out", p("keys")).exit()).isZero();
    assertThat(inProcess("keys", "organisation", "--out", p("org")).exit()).isZero();
  }

  @Test
  void seal_twoProcessesOneObject_exactlyOneSucceedsAndItOpens() throws Exception {
    keys();
    Path first = content("first.bin", 3_000_000, 1);
    Path second = content("second.bin", 3_100_000, 2);
    for (int round = 0; round < 3; round++) {
      String object = "o-" + round;
      Process a = start(false, sealArgs(object, first));
      Process b = start(false, sealArgs(object, second));
      assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
      List<Integer> exits = List.of(a.exitValue(), b.exitValue());
      assertThat(exits).as("round %s", round).containsExactlyInAnyOrder(0, 2);
      Path winner = a.exitValue() == 0 ? first : second;
      Path out = dir.resolve("opened-" + round + ".bin");
      CommandRun opened = inProcess(openArgs(object, out));
      assertThat(opened.exit()).as(opened.err()).isZero();
      assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(winner));
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> errors = new ArrayList<>();
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("err-")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
          errors.add(text);
        }
      }
      assertThat(errors)
          .hasSize(3)
          .allMatch(e -> e.matches("inzage: seal: sealed object o-[0-2] already exists"));
    }
    assertThat(
            inProcess("vault", "list", "--store", p("vault"), "--subject", SUBJECT)
                .json()
                .get("count")
                .asInt())
        .isEqualTo(3);
  }

  private List<Path> partials(Path in) throws IOException {
    try (Stream<Path> files = Files.list(in)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
    }
  }

  /** Starts {@code vault open} and kills it once its plaintext file has grown; false if it won. */
  private boolean openAndKill(Path out, boolean forcibly) throws Exception {
    Process open = start(false, openArgs("big", out));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && open.isAlive()) {
      List<Path> growing = partials(out.getParent());
      if (!growing.isEmpty() && sizeOf(growing.get(0)) > 1_000_000) {
        if (forcibly) {
          open.destroyForcibly(); // SIGKILL: no shutdown hook runs
        } else {
          open.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        }
        assertThat(open.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return true;
      }
      Thread.sleep(5);
    }
    open.waitFor(60, TimeUnit.SECONDS);
    return false;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void open_killedWithSigtermOrSigkill_leavesNoPlaintextAfterTheNextRun() throws Exception {
    Assumptions.assumeTrue(posix());
    keys();
    Path big = content("big.bin", 96 * 1024 * 1024, 7);
    CommandRun sealed = inProcess(sealArgs("big", big));
    assertThat(sealed.exit()).as(sealed.err()).isZero();
    Files.delete(big);
    Path target = Files.createDirectories(dir.resolve("opened"));

    assertThat(openAndKill(target.resolve("term.bin"), false))
        .as("open was killed by SIGTERM while writing")
        .isTrue();
    assertThat(partials(target)).as("after SIGTERM").isEmpty();
    assertThat(target.resolve("term.bin")).doesNotExist();

    assertThat(openAndKill(target.resolve("kill.bin"), true))
        .as("open was killed by SIGKILL while writing")
        .isTrue();
    assertThat(partials(target)).as("SIGKILL leaves the partial file to the next run").hasSize(1);
    assertThat(target.resolve("kill.bin")).doesNotExist();

    // the next run into that directory removes it, whatever it opens (here: nothing, a wrong id)
    CommandRun next = inProcess(openArgs("no-such-object", target.resolve("next.bin")));
    assertThat(next.exit()).isEqualTo(2);
    CommandRun whole = inProcess(openArgs("big", target.resolve("whole.bin")));
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertThat(partials(target)).as("after the next run").isEmpty();
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("whole.bin");
    }
  }

  @Test
  void commands_underUmask000_keepStoreAndKeysOwnerOnly() throws Exception {
    Assumptions.assumeTrue(posix());
    for (String[] args :
        List.of(
            new String[] {"keys", "new", "--out", p("keys")},
            new String[] {"keys", "organisation", "--out", p("org")})) {
      Process process = start(true, args);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    }
    Path in = content("export.json", 10_000, 3);
    Process seal = start(true, sealArgs("o1", in));
    assertThat(seal.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(seal.exitValue()).isZero();
    Process open = start(true, openArgs("o1", dir.resolve("opened.json")));
    assertThat(open.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(open.exitValue()).isZero();

    List<String> wrong = new ArrayList<>();
    for (String root : List.of("vault", "keys", "org")) {
      try (Stream<Path> files = Files.walk(dir.resolve(root))) {
        for (Path f : files.toList()) {
          String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
          String expected = Files.isDirectory(f) ? "rwx------" : "rw-------";
          if (!perms.equals(expected)) {
            wrong.add(dir.relativize(f) + " " + perms);
          }
        }
      }
    }
    assertThat(wrong).as("files and directories not owner-only").isEmpty();
    assertThat(dir.resolve("vault").resolve(VaultFiles.PUBLIC_KEY)).exists();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("opened.json"))))
        .isEqualTo("rw-------");
  }
}
