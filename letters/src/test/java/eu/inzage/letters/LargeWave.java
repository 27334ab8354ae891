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

  /**
   * Arguments: the output folder, the number of participants and, optionally, {@code drawn} for
   * participants who each signed with a drawn signature of their own (every thousandth a 4000×4000
   * 16-bit PNG).
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    boolean drawn = args.length > 2 && args[2].equals("drawn");
    String huge = drawn ? Pngs.base64(Pngs.png(4000, 4000, 16, 6)) : null;
    CollectiveSource source =
        CollectiveSource.of(() -> drawn ? generatedDrawn(n, huge) : generated(n));
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

  /** Participants with drawn signatures, each PNG made when the entry is asked for. */
  static Iterator<CollectiveEntry> generatedDrawn(int n, String huge) {
    Iterator<CollectiveEntry> plain = generated(n);
    return new Iterator<>() {
      private int next = 1;

      @Override
      public boolean hasNext() {
        return plain.hasNext();
      }

      @Override
      public CollectiveEntry next() {
        CollectiveEntry entry = plain.next();
        int i = next++;
        String png;
        try {
          png = i % 1000 == 0 ? huge : Pngs.base64(Pngs.png(600 + i % 97, 200 + i % 31, 8, 0));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return new CollectiveEntry(
            entry.participant(),
            LetterFacts.builder()
                .signature(
                    new eu.inzage.core.model.SignatureEvidence(
                        eu.inzage.core.model.SignatureKind.DRAWN,
                        null,
                        png,
                        java.time.Instant.parse("2026-11-20T10:15:00Z"),
                        null,
                        null))
                .signedOn(java.time.LocalDate.of(2026, 11, 20))
                .build());
      }
    };
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
