package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./inzage} launcher, run by bash on a PATH that has no {@code flock}: it says on stderr
 * that it builds, builds once even when started several times at once, takes over the lock of a
 * builder that died, and falls back to the Maven wrapper when {@code mvn} is missing. Maven is a
 * stub here that records each build and drops a small jar in place of the tool.
 */
class LauncherTest {
  private static final String FIRST_RUN = "inzage: building the tool (first run, about a minute)…";
  private static final String STUB_MAVEN =
      "#!/usr/bin/env bash\n"
          + "echo \"$(basename \"$0\") $*\" >> builds.log\n"
          + "sleep 1\n"
          + "mkdir -p cli/target\n"
          + "cp \"$INZAGE_TEST_JAR\" cli/target/inzage-cli.jar\n";

  @TempDir Path temp;
  private Path root;
  private Path bin;
  private Path jar;
  private final Map<Process, Path[]> outputs = new ConcurrentHashMap<>();

  @BeforeEach
  void project() throws IOException {
    root = Files.createDirectories(temp.resolve("inzage"));
    Files.copy(Path.of("..", "inzage"), root.resolve("inzage"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.writeString(
        Files.createDirectories(root.resolve("cli/src")).resolve("Source.java"), "class Source {}");
    jar = probeJar(temp.resolve("probe.jar"));
    bin = Files.createDirectories(temp.resolve("bin"));
    for (String tool :
        List.of(
            "bash",
            "basename",
            "cat",
            "cp",
            "dirname",
            "find",
            "head",
            "mkdir",
            "mv",
            "rm",
            "sleep",
            "tail",
            "touch")) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }
    Files.createSymbolicLink(
        bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  @Test
  void firstRun_withoutFlock_saysItBuildsOnStderr_thenRunsQuietly() throws Exception {
    executable(bin.resolve("mvn"), STUB_MAVEN);
    assertThat(bin.resolve("flock")).doesNotExist();

    Run first = run("validate", "--help");
    Run second = run("deadline");

    assertThat(first.exit).isZero();
    assertThat(first.out).isEqualTo("ran validate --help\n");
    assertThat(first.err).isEqualTo(FIRST_RUN + "\n");
    assertThat(second.exit).isZero();
    assertThat(second.out).isEqualTo("ran deadline\n");
    assertThat(second.err).isEmpty();
    assertThat(builds()).hasSize(1).allSatisfy(b -> assertThat(b).startsWith("mvn -B -q"));
    assertThat(root.resolve("target/.inzage-build.lock")).doesNotExist();
  }

  @Test
  void changedSource_rebuildsAndSaysSo() throws Exception {
    executable(bin.resolve("mvn"), STUB_MAVEN);
    run();
    Files.writeString(root.resolve("cli/src/Source.java"), "class Source { }");
    assertThat(
            root.resolve("cli/src/Source.java")
                .toFile()
                .setLastModified(System.currentTimeMillis() + 5_000))
        .isTrue();

    Run again = run();

    assertThat(again.err).isEqualTo("inzage: sources changed, rebuilding the tool…\n");
    assertThat(builds()).hasSize(2);
  }

  @Test
  void severalFirstRunsAtOnce_buildOnce() throws Exception {
    executable(bin.resolve("mvn"), STUB_MAVEN);
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      processes.add(start("run" + i));
    }
    for (int i = 0; i < 3; i++) {
      Run run = finish(processes.get(i));
      assertThat(run.exit).isZero();
      assertThat(run.out).isEqualTo("ran run" + i + "\n");
    }

    assertThat(builds()).hasSize(1);
  }

  @Test
  void lockOfADeadBuilder_isTakenOver() throws Exception {
    executable(bin.resolve("mvn"), STUB_MAVEN);
    Process dead = new ProcessBuilder(which("true").toString()).start();
    dead.waitFor();
    Path lock = Files.createDirectories(root.resolve("target/.inzage-build.lock"));
    Files.writeString(lock.resolve("pid"), dead.pid() + "\n");

    Run run = run("status");

    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("ran status\n");
    assertThat(builds()).hasSize(1);
    assertThat(lock).doesNotExist();
  }

  @Test
  void withoutMaven_buildsWithTheWrapper() throws Exception {
    executable(root.resolve("mvnw"), STUB_MAVEN);
    assertThat(bin.resolve("mvn")).doesNotExist();

    Run run = run("keys");

    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("ran keys\n");
    assertThat(builds()).hasSize(1).allSatisfy(b -> assertThat(b).startsWith("mvnw -B -q"));
  }

  @Test
  void failedBuild_exitsOneWithTheLogTail_andReleasesTheLock() throws Exception {
    executable(bin.resolve("mvn"), "#!/usr/bin/env bash\necho 'COMPILATION ERROR'\nexit 1\n");

    Run run = run("validate");

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith(FIRST_RUN + "\ninzage: build failed; see target/inzage-build.log\n")
        .contains("COMPILATION ERROR");
    assertThat(root.resolve("target/.inzage-build.lock")).doesNotExist();
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws Exception {
    return finish(start(args));
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("inzage").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
    Map<String, String> env = builder.environment();
    env.remove("JAVA_OPTS");
    env.put("PATH", bin.toString());
    env.put("INZAGE_TEST_JAR", jar.toString());
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    outputs.put(process, new Path[] {out, err});
    return process;
  }

  private Run finish(Process process) throws Exception {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    Path[] files = outputs.get(process);
    return new Run(
        process.exitValue(),
        Files.readString(files[0], StandardCharsets.UTF_8),
        Files.readString(files[1], StandardCharsets.UTF_8));
  }

  private List<String> builds() throws IOException {
    Path log = root.resolve("builds.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private static void executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static Path which(String tool) {
    for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(tool + " not found");
  }

  private static Path probeJar(Path target) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return target;
  }
}
