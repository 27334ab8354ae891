package eu.inzage.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Core, crypto, letters and s3 work on the module path: {@link ModulePathProbe}, a named module
 * that requires them, runs in a child JVM with its runtime dependencies on {@code --module-path}
 * and no other flag ({@code --add-opens}, {@code --add-exports}, {@code --add-modules}).
 */
class ModulePathTest {

  @Test
  void probe_onTheModulePathWithoutExtraFlags_doesOneRealOperationPerModule() throws Exception {
    String modulePath =
        "target/classes"
            + File.pathSeparator
            + Files.readString(Path.of("target/module-path.txt")).strip();
    Path stdout = Files.createTempFile("modulepath", ".out");
    Path stderr = Files.createTempFile("modulepath", ".err");
    try {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--module-path",
                  modulePath,
                  "-m",
                  "eu.inzage.modulepath/eu.inzage.modulepath.ModulePathProbe")
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
      String err = Files.readString(stderr, StandardCharsets.UTF_8);

      assertThat(process.exitValue()).as("exit code; stderr: %s", err).isZero();
      List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).isEqualTo("core: due 2025-04-22 in IE after Easter Monday (IE)");
      assertThat(lines.get(1)).matches("letters: %PDF-1\\.7 with [1-9][0-9]* page\\(s\\)");
      assertThat(lines.get(2)).isEqualTo("crypto: opened \"the controller's export\"");
      assertThat(lines.get(3))
          .matches(
              "s3: S3 could not list the subjects \\(SdkClientException caused by"
                  + " java\\.net\\.ConnectException.*\\)");
      assertThat(err).as("stderr").isEmpty();
    } finally {
      delete(stdout);
      delete(stderr);
    }
  }

  private static void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
