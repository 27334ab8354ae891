package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Fuzz tests of the letters' readers of untrusted input, the JSON Lines file of a collective letter
 * and the letter facts (a request file): whatever the bytes, a reader returns valid values or
 * throws {@link InvalidInputException} whose message holds no control character; nothing else
 * escapes (no other exception, no {@code OutOfMemoryError}). In the normal build these run in
 * regression mode over the corpus in {@code
 * src/test/resources/eu/inzage/letters/ReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ReaderFuzzTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create(Fixtures.CLOCK);
  private static final RequestFacts FACTS = RequestFacts.of(VALIDATOR, Lifecycle.standard());

  @FuzzTest(maxDuration = "60s")
  void jsonLines(byte[] input) throws IOException {
    Path file = Files.createTempFile("fuzz", ".jsonl");
    try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
      Files.write(file, input);
      long count;
      try {
        count = source.count();
      } catch (InvalidInputException e) {
        checked(e);
        return;
      }
      long read = 0;
      for (Iterator<CollectiveEntry> it = source.entries(); it.hasNext(); read++) {
        CollectiveEntry entry = it.next();
        assertThat(VALIDATOR.validate(entry.participant())).isEmpty();
      }
      assertThat(read).isEqualTo(count);
    } finally {
      Files.delete(file);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void letterFacts(byte[] input) throws IOException {
    LetterFacts facts;
    try {
      facts =
          FACTS.read(
              new ByteArrayInputStream(input),
              Fixtures.controller("tiktok"),
              LocalDate.of(2026, 11, 28));
    } catch (InvalidInputException e) {
      checked(e);
      return;
    } catch (IllegalTransitionException e) {
      // a well-formed request whose events break the lifecycle: bad input as well (exit 2)
      assertThat(e.getMessage().codePoints()).noneMatch(Character::isISOControl);
      return;
    }
    assertThat(facts).isNotNull();
    assertThat(VALIDATOR.validate(facts)).isEmpty();
  }

  private static void checked(InvalidInputException e) {
    assertThat(e.violations()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
    assertThat(e.getMessage().codePoints()).noneMatch(Character::isISOControl);
  }
}
