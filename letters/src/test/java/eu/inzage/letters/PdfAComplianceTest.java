package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of letter in every complete language is valid PDF/A-2b according to veraPDF. */
class PdfAComplianceTest {
  static Stream<Arguments> kindsAndLanguages() {
    List<Arguments> list = new ArrayList<>();
    for (LetterKind kind : LetterKind.values()) {
      for (String lang : List.of("nl", "en", "de", "fr")) {
        list.add(Arguments.of(kind, lang));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("kindsAndLanguages")
  void toPdf_everyKindAndLanguage_passesVeraPdf(LetterKind kind, String lang) throws Exception {
    Letter letter = Fixtures.LETTERS.compose(Fixtures.input(kind, lang));

    assertThat(letter.language()).isEqualTo(lang);
    assertThat(letter.languageFallback()).isFalse();
    assertThat(PdfAValidator.failures(letter.toPdf().bytes())).isEmpty();
  }
}
