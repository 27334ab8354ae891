package eu.inzage.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing and opening stream: 512 MiB through a JVM with a 64 MiB heap. */
class MemoryTest {
  @TempDir Path dir;

  @Test
  void sealAndOpen_512MiBWith64MiBHeap_succeeds() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                TestVaults.childJvm(
                    List.of("-Xmx64m"),
                    LargeStreamCheck.class,
                    dir.resolve("store").toString(),
                    Long.toString(512L * 1024 * 1024)))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(output).contains("opened 536870912 bytes, digests equal: true");
    assertThat(exit).as(output).isZero();
  }
}
