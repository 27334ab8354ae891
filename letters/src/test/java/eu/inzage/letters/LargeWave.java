package eu.inzage.letters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Writes a cover letter for a generated wave of participants into a folder, one file per volume;
 * run in a child JVM with a small heap by {@link LargeWaveTest}. Participants are generated on the
 * fly, so only the volume being written is ever in memory.
 */
final class LargeWave {
  private LargeWave() {}

  /** Arguments: the output folder and the number of participants. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    CollectiveSource source = CollectiveSource.of(() -> generated(n));
    CollectiveInput input =
        CollectiveInput.of(
            CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation());
    long start = System.nanoTime();
    CollectiveResult result =
        Fixtures.LETTERS.writeCollective(
            input,
            source,
            volume -> {
              try (OutputStream out =
                  Files.newOutputStream(
                      dir.resolve(String.format("volume-%03d.pdf", volume.number())))) {
                volume.pdf().writeTo(out);
              }
            });
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.println(
        "volumes="
            + result.volumes()
            + " pages="
            + result.pages()
            + " bytes="
            + result.bytes()
            + " ms="
            + (System.nanoTime() - start) / 1_000_000
            + " maxHeap="
            + maxHeap);
  }

  static Iterator<CollectiveEntry> generated(int n) {
    return new Iterator<>() {
      private int next = 1;

      @Override
      public boolean hasNext() {
        return next <= n;
      }

      @Override
      public CollectiveEntry next() {
        if (next > n) {
          throw new NoSuchElementException();
        }
        return CollectiveLetterTest.entry(next++);
      }
    };
  }
}
