package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: a 10,000-participant cover letter written in a child JVM limited to
 * 256 MB of heap, in volumes of 500, each volume PDF/A-2b with every participant's name extractable
 * from its annex.
 */
class LargeWaveTest {
  static final int PARTICIPANTS = 10_000;

  @Test
  void writeCollective_tenThousandParticipantsIn256MbHeap_twentyCompliantVolumesWithEveryName(
      @TempDir Path dir) throws Exception {
    Path log = dir.resolve("child.log");
    Path out = Files.createDirectory(dir.resolve("volumes"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                LargeWave.class.getName(),
                out.toString(),
                Integer.toString(PARTICIPANTS))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();
    System.out.println("child: " + output.strip());
    long checking = System.nanoTime();
    assertThat(output).contains("volumes=20").contains("maxHeap=" + 256L * 1024 * 1024);

    List<Path> volumes;
    try (Stream<Path> files = Files.list(out)) {
      volumes = files.sorted().collect(Collectors.toList());
    }
    assertThat(volumes).hasSize(20);
    int next = 1;
    for (Path volume : volumes) {
      byte[] pdf = Files.readAllBytes(volume);
      assertThat(PdfAValidator.failures(pdf)).as(volume.getFileName().toString()).isEmpty();
      next = assertNames(pdf, next);
    }
    assertThat(next).isEqualTo(PARTICIPANTS + 1);
    System.out.println("checks ms=" + (System.nanoTime() - checking) / 1_000_000);
  }

  /** Every name of the volume, in order, starting at participant {@code first}. */
  private static int assertNames(byte[] pdf, int first) throws IOException {
    String text = PdfText.of(pdf);
    int at = 0;
    int i = first;
    for (; i < first + 500; i++) {
      String name = CollectiveLetterTest.participant(i).name();
      int found = text.indexOf(name, at);
      assertThat(found).as("participant %d", i).isPositive();
      at = found + name.length();
    }
    return i;
  }
}
