package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.json.InzageJson;
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
    if (language == null) {
      // the builder requires a request language; a profile read without validation may lack it
      ObjectNode tree = InzageJson.newMapper().valueToTree(tiktok);
      tree.remove("requestLanguage");
      return InzageJson.strict().read(tree.toString(), ControllerProfile.class);
    }
    return ControllerProfile.builder()
        .id(tiktok.id())
        .legalName(tiktok.legalName())
        .address(tiktok.address())
        .channels(tiktok.channels())
        .preferredChannel(tiktok.preferredChannel())
        .establishment(tiktok.establishment())
        .leadAuthority(tiktok.leadAuthority())
        .zone(ZoneId.of("Europe/Dublin"))
        .deadlineCountry("IE")
        .requestLanguage(language)
        .identifiers(List.of("email"))
        .build();
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
