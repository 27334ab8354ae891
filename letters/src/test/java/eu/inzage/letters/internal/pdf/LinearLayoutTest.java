package eu.inzage.letters.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, quadratic work: line breaking and normalisation of long texts must grow linearly with
 * the text. Proved by counting work, never by timing it: the characters the font measures while
 * wrapping, and the longest run of combining marks that reaches the normaliser.
 */
class LinearLayoutTest {
  private static final float WIDTH = 165 * Layout.MM;

  /** Wraps {@code text} with a fresh font and returns how many characters were measured. */
  private static long measured(String text) {
    FontUse font = new FontUse(FontProgram.shared(Pdf.BOLD), "F2");
    List<String> lines = Layout.wrap(font, 13, text, WIDTH);
    assertThat(String.join(text.indexOf(' ') < 0 ? "" : " ", lines)).isEqualTo(text.strip());
    for (String line : lines) {
      assertThat(font.width(line, 13)).isLessThanOrEqualTo(WIDTH);
    }
    return font.measured();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"x", "ab ", "Zoë Ångström-Łukasiewicz "})
  void wrap_doubleTheText_doublesTheWorkAtMost(String unit) {
    int n = 50_000 / unit.length();
    long once = measured(unit.repeat(n).strip());
    long twice = measured(unit.repeat(2 * n).strip());
    long eightTimes = measured(unit.repeat(8 * n).strip());

    // each character measured at most three times (word, piece, line); quadratic work would be
    // hundreds of times more at this size, and grow fourfold with each doubling
    assertThat(once).isLessThanOrEqualTo(3L * unit.length() * n + 10);
    assertThat(twice).isLessThanOrEqualTo(2 * once + 10);
    assertThat(eightTimes).isLessThanOrEqualTo(8 * once + 10);
  }

  @org.junit.jupiter.api.Test
  void wrap_oneMillionCharacterName_isLinear() {
    String name = "x".repeat(1_000_000);
    assertThat(measured(name)).isLessThanOrEqualTo(3_000_010L);
  }

  @org.junit.jupiter.api.Test
  void clean_160kAlternatingCombiningMarks_normalisesAStreamSafeTextOnly() {
    String hostile = "e" + "\u0301\u0316".repeat(80_000);
    String safe = Layout.streamSafe(hostile);

    assertThat(safe).hasSize(1 + Layout.MAX_COMBINING_RUN);
    assertThat(Layout.clean(hostile).length()).isLessThanOrEqualTo(1 + Layout.MAX_COMBINING_RUN);
    // runs of at most 30 marks between base characters are kept whole
    String fine = ("a" + "\u0301\u0316".repeat(15)).repeat(1000);
    assertThat(Layout.streamSafe(fine)).isSameAs(fine);
  }
}
