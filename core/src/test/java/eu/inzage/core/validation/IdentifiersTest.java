package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' id={1} slug={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p-000123|true|true",
        "tiktok|true|true",
        "zoom-video-communications|true|true",
        "P-000123|true|false",
        "a.b_c|true|false",
        "-lead|false|false",
        "trail-|true|true",
        "9|true|true",
        "with space|false|false",
        "../etc|false|false",
        "ｔｉｋｔｏｋ|false|false",
      })
  void theGrammars(String value, boolean id, boolean slug) {
    assertThat(Identifiers.isValid(value)).as("id").isEqualTo(id);
    assertThat(Identifiers.isSlug(value)).as("slug").isEqualTo(slug);
  }

  @org.junit.jupiter.api.Test
  void controlCharacters_areInNeither() {
    for (String value : new String[] {"tik\ntok", "tiktok\r", "\ttiktok", "tik\u0000tok"}) {
      assertThat(Identifiers.isValid(value)).as("id").isFalse();
      assertThat(Identifiers.isSlug(value)).as("slug").isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({"65", "101"})
  void lengthLimits(int length) {
    String value = "a".repeat(length);
    assertThat(Identifiers.isValid(value)).isFalse();
    assertThat(Identifiers.isSlug(value)).isEqualTo(length <= 100);
    assertThat(Identifiers.isSlug("a".repeat(100))).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {"NULL,REQUIRED", "'',REQUIRED", "TikTok,INVALID_ID", "tik tok,INVALID_ID"})
  void requireSlug_namesTheField_andNeverRepeatsTheValue(String value, ViolationCode code) {
    assertThatThrownBy(() -> Identifiers.requireSlug("--controller", value))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field, Violation::code)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple("--controller", code));
              if (value != null && !value.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(value);
              }
            });
    assertThat(Identifiers.requireSlug("--controller", "tiktok")).isEqualTo("tiktok");
  }
}
