package eu.inzage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.inzage.core.Fixtures;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;

/**
 * Fuzz tests of the readers of untrusted JSON: whatever the bytes, a reader returns a valid value
 * or throws {@link InvalidInputException} whose message holds no control character; nothing else
 * escapes (no other exception, no {@code OutOfMemoryError}). In the normal build these run in
 * regression mode over the corpus in {@code src/test/resources/eu/inzage/core/json/
 * ReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ReaderFuzzTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create(Fixtures.CLOCK);

  @FuzzTest(maxDuration = "60s")
  void participant(byte[] input) {
    read(input, Participant.class);
  }

  @FuzzTest(maxDuration = "60s")
  void request(byte[] input) {
    read(input, RequestHistory.class);
  }

  private static <T> void read(byte[] input, Class<T> type) {
    T value;
    try {
      value = VALIDATOR.read(new ByteArrayInputStream(input), type);
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
      assertThat(e.getMessage().codePoints()).noneMatch(Character::isISOControl);
      return;
    }
    assertThat(value).isNotNull();
    assertThat(VALIDATOR.validate(value)).isEmpty();
  }
}
