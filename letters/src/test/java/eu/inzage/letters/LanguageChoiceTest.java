package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language: explicit, else the controller's request language, else the participant's, else en. */
class LanguageChoiceTest {
  private static ControllerProfile controllerSpeaking(String language) {
    ControllerProfile tiktok = Fixtures.controller("tiktok");
    return new ControllerProfile(
        tiktok.id(),
        tiktok.legalName(),
        tiktok.address(),
        tiktok.channels(),
        tiktok.preferredChannel(),
        tiktok.establishment(),
        tiktok.leadAuthority(),
        null,
        ZoneId.of("Europe/Dublin"),
        "IE",
        language,
        List.of("email"),
        null);
  }

  @ParameterizedTest(name = "explicit={0} controller={1} participant={2} -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "de, nl, fr, de, false",
        "-, nl, fr, nl, false",
        "-, -, fr, fr, false",
        "-, -, -, en, false",
        "pl, nl, fr, en, true",
        "-, sv, nl, en, true",
        "FR, en, nl, fr, false"
      })
  void compose_languageRules_chooseInOrder(
      String explicit, String controller, String participant, String expected, boolean fallback) {
    Participant person = Fixtures.participant("Anna Jansen", participant);
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.ACCESS,
                    person,
                    controllerSpeaking(controller),
                    Fixtures.organisation())
                .withLanguage(explicit));

    assertThat(letter.language()).isEqualTo(expected);
    assertThat(letter.languageFallback()).isEqualTo(fallback);
  }

  @Test
  void compose_malformedExplicitLanguage_isInvalidInputNamingTheField() {
    LetterInput input = Fixtures.input(LetterKind.ACCESS, "english!");

    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).field())
                    .isEqualTo("language"));
  }

  @Test
  void languages_completeSet_isNlEnDeFr() {
    assertThat(Fixtures.LETTERS.languages()).containsExactly("de", "en", "fr", "nl");
  }
}
