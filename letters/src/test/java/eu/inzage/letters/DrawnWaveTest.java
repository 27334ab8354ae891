package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's image finding at scale: a cover letter for 10,000 participants who each signed with a
 * drawn signature of their own (ten of them 4000×4000 16-bit PNGs), written in a child JVM limited
 * to 256 MB of heap, the pattern of {@link LargeWaveTest}. Every image reaches the page scaled to
 * the signature area, and a volume stays PDF/A-2b.
 */
class DrawnWaveTest {
  @Test
  void writeCollective_tenThousandDrawnSignaturesIn256MbHeap_everyVolumeWritten(@TempDir Path dir)
      throws Exception {
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
                Integer.toString(LargeWaveTest.PARTICIPANTS),
                "drawn")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(child.waitFor(15, TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();
    System.out.println("child: " + output.strip());
    assertThat(output).contains("volumes=20").contains("maxHeap=" + 256L * 1024 * 1024);

    List<Path> volumes;
    try (Stream<Path> files = Files.list(out)) {
      volumes = files.sorted().collect(Collectors.toList());
    }
    assertThat(volumes).hasSize(20);
    byte[] second = Files.readAllBytes(volumes.get(1));
    int images = 0;
    try (PDDocument doc = Loader.loadPDF(second)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images++;
            assertThat(image.getWidth()).isLessThanOrEqualTo(650);
            assertThat(image.getHeight()).isLessThanOrEqualTo(190);
          }
        }
      }
    }
    // participants 501 to 1000: the thousandth is a 4000×4000 16-bit PNG
    assertThat(images).isEqualTo(500);
    assertThat(PdfAValidator.failures(second)).isEmpty();
  }
}
