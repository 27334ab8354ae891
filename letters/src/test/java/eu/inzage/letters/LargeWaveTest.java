package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  static final int ANNEX_PAGES = 45;

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
    // veraPDF on two threads (CI has two cores), each with a validator of its own
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> failures = new ArrayList<>();
      for (Path volume : volumes) {
        failures.add(
            pool.submit(() -> PdfAValidator.failuresInParallel(Files.readAllBytes(volume))));
      }
      int next = 1;
      for (int v = 0; v < volumes.size(); v++) {
        next = assertNames(Files.readAllBytes(volumes.get(v)), next);
      }
      assertThat(next).isEqualTo(PARTICIPANTS + 1);
      System.out.println("names ms=" + (System.nanoTime() - checking) / 1_000_000);
      for (int v = 0; v < volumes.size(); v++) {
        assertThat(failures.get(v).get()).as(volumes.get(v).getFileName().toString()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("checks ms=" + (System.nanoTime() - checking) / 1_000_000);
  }

  /**
   * Every name of the volume, in order, starting at participant {@code first}, in the annex: the
   * letter and annex take the first pages (about 20 rows a page), the mandates follow.
   */
  private static int assertNames(byte[] pdf, int first) throws IOException {
    String pages = PdfText.pages(pdf, 1, ANNEX_PAGES);
    int mandates = pages.indexOf("Mandate " + first + ": ");
    assertThat(mandates).as("the first mandate follows the annex").isPositive();
    String text = pages.substring(0, mandates);
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
