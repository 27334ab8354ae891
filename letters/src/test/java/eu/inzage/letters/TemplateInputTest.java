package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Template input is data, never markup or template syntax. */
class TemplateInputTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"${x}", "{{x}}", "<b>Bold</b>", "{participant}", "@end", "- item", "\\u0041 & %s"})
  void compose_participantNamedLikeMarkup_printsItLiterally(String name) throws Exception {
    for (LetterKind kind : LetterKind.values()) {
      Letter letter =
          Fixtures.LETTERS.compose(
              LetterInput.of(
                      kind,
                      Fixtures.participant(name, "en"),
                      Fixtures.controller("tiktok"),
                      Fixtures.organisation())
                  .withFacts(Fixtures.facts()));

      assertThat(letter.text()).contains(name);
      assertThat(PdfText.of(letter.toPdf().bytes())).contains(name);
    }
  }
}
