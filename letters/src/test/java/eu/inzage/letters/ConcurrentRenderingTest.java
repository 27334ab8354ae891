package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One {@link Letters} serves many threads: shared font caches give the same bytes as alone. */
class ConcurrentRenderingTest {
  private static final List<String> NAMES =
      List.of("Anna Jansen", "Γιώργος Νικολάου", "Иван Петров", "Łucja Żółć", "Ørjan Æsir");

  private static String sha(int i) {
    String name = NAMES.get(i % NAMES.size()) + " " + i;
    LetterKind kind = LetterKind.values()[i % LetterKind.values().length];
    return Fixtures.LETTERS
        .compose(
            LetterInput.of(
                    kind,
                    Fixtures.participant(name, "en"),
                    Fixtures.controller("tiktok"),
                    Fixtures.organisation())
                .withFacts(
                    LetterFacts.builder()
                        .erasureInstructedOn(Fixtures.ERASURE_INSTRUCTED)
                        .signedOn(java.time.LocalDate.of(2026, 11, 27))
                        .build()))
        .toPdf()
        .sha256();
  }

  @Test
  void toPdf_manyThreadsAtOnce_giveTheSameFilesAsOneThread() {
    List<String> sequential =
        IntStream.range(0, 20).mapToObj(ConcurrentRenderingTest::sha).toList();
    List<String> parallel =
        IntStream.range(0, 20)
            .parallel()
            .mapToObj(ConcurrentRenderingTest::sha)
            .collect(Collectors.toList());

    assertThat(parallel).isEqualTo(sequential);
  }
}
