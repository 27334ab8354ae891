package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.Fixtures;
import eu.inzage.core.internal.TextRules;
import eu.inzage.core.model.Participant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13's invisible and format characters: a name (or any other plain text) that shows nothing,
 * or that hides direction marks, tags and other format characters, is refused with the field's
 * path; a text whose normalisation would be quadratic (a long run of combining marks) too.
 */
class InvisibleTextTest {
  private final ModelValidator validator = ModelValidator.create(Fixtures.CLOCK);

  private List<String> problems(String name) {
    return validator.validateField(Participant.class, "name", name).stream()
        .map(v -> v.field() + " " + v.code())
        .toList();
  }

  /** {@code \\uXXXX} and {@code \\UXXXXXX} escapes in the table become the characters. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (text.startsWith("\\U", i)) {
        out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 8), 16));
        i += 7;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // invisible-only values
        "\\u200B                 | name CONTROL_CHARACTERS",
        "\\u00AD                 | name CONTROL_CHARACTERS",
        "\\u00A0                 | name CONTROL_CHARACTERS",
        "\\u00A0\\u2007\\u202F   | name CONTROL_CHARACTERS",
        "\\u3164                 | name CONTROL_CHARACTERS",
        "\\u0301                 | name CONTROL_CHARACTERS",
        "\\u200D                 | name CONTROL_CHARACTERS",
        // direction marks, tags and other format characters inside a name
        "Zo\\u200Ee              | name CONTROL_CHARACTERS",
        "Zo\\u200Fe              | name CONTROL_CHARACTERS",
        "Zo\\u061Ce              | name CONTROL_CHARACTERS",
        "Zoe\\U0E0041\\U0E007F   | name CONTROL_CHARACTERS",
        "Zo\\u2060e              | name CONTROL_CHARACTERS",
        "Zo\\u180Ee              | name CONTROL_CHARACTERS",
        // private use, unassigned, noncharacters
        "Zo\\uE000e              | name CONTROL_CHARACTERS",
        "Zo\\u0378e              | name CONTROL_CHARACTERS",
        "Zo\\uFFFFe              | name CONTROL_CHARACTERS",
        // more combining marks in a row than Unicode's stream-safe format allows (30)
        "e\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316"
            + "\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316"
            + "\\u0301\\u0316\\u0301\\u0316\\u0301\\u0316\\u0301 | name CONTROL_CHARACTERS",
        // still valid
        "Zoë Ångström-Łukasiewicz | ''",
        "Zoe\\u0301 Ha\\u0308nsel | ''",
        "\\u0645\\u062D\\u0645\\u062F | ''",
        "\\u0645\\u200C\\u062D   | ''",
        "Zoë\\u00A0de\\u00A0Vries | ''",
      })
  void validate_invisibleOrFormatCharacters_areRefusedWithThePath(String value, String expected) {
    List<String> problems = problems(unescape(value.strip()));
    if (expected.isEmpty()) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).containsExactly(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void hasControlCharacters_thirtyCombiningMarksInARow_isStillPlainText() {
    String thirty = "e" + "\u0301\u0316".repeat(15);
    assertThat(TextRules.hasControlCharacters(thirty)).isFalse();
    assertThat(TextRules.hasControlCharacters(thirty + "\u0301")).isTrue();
    assertThat(TextRules.hasControlCharacters(thirty + "a" + "\u0301".repeat(30))).isFalse();
  }
}
