package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.model.Address;
import eu.inzage.core.model.Participant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Complaints go to the authority of the participant's residence, in its language (Art. 77). */
class ComplaintTest {
  private static Participant resident(String country, String language) {
    return Participant.builder()
        .id("p-9")
        .name("Anna Jansen")
        .email("anna@example.org")
        .birthDate(LocalDate.of(1985, 5, 5))
        .residence(country)
        .language(language)
        .address(
            country.equals("DE")
                ? Address.of("Alt-Moabit 1", "10555", "Berlin", "DE")
                : Address.of("Dorpsstraat 1", "1234 AB", "Ergens", country))
        .build();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "NL, en, nl, false, Autoriteit Persoonsgegevens",
        "DE, -, de, false, Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        "FR, nl, fr, false, CNIL",
        "BE, fr, fr, false, Autorité de protection des données",
        "BE, -, nl, false, Gegevensbeschermingsautoriteit",
        "AT, -, de, false, Österreichische Datenschutzbehörde",
        "PL, pl, en, true, Urząd Ochrony Danych Osobowych",
        "IE, -, en, false, Data Protection Commission"
      })
  void compose_complaint_goesToTheResidenceAuthorityInItsLanguage(
      String country,
      String participantLanguage,
      String language,
      boolean fallback,
      String authority)
      throws Exception {
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.COMPLAINT,
                    resident(country, participantLanguage),
                    Fixtures.controller("tiktok"),
                    Fixtures.organisation())
                .withFacts(Fixtures.facts()));

    assertThat(letter.language()).isEqualTo(language);
    assertThat(letter.languageFallback()).isEqualTo(fallback);
    assertThat(letter.recipient()).hasValueSatisfying(r -> assertThat(r).contains(authority));
    String text = PdfText.of(letter.toPdf().bytes());
    assertThat(text).contains("TikTok Technology Limited");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en, 1 September 2026, 1 October 2026, naming the actual recipients, Controller sent a partial ZIP export, Data Protection Commission",
    "nl, 1 september 2026, 1 oktober 2026, vermelding van de feitelijke ontvangers, Controller sent a partial ZIP export, Data Protection Commission",
    "de, 1. September 2026, 1. Oktober 2026, Nennung der konkreten Empfänger, Controller sent a partial ZIP export, Data Protection Commission",
    "fr, 1 septembre 2026, 1 octobre 2026, en nommant les destinataires effectifs, Controller sent a partial ZIP export, Data Protection Commission"
  })
  void compose_complaint_citesDatesEventsMissingItemsAndLeadAuthority(
      String lang, String received, String due, String missingItem, String event, String lead) {
    String text =
        PdfText.squash(Fixtures.LETTERS.compose(Fixtures.input(LetterKind.COMPLAINT, lang)).text());

    assertThat(text).contains(received, due, missingItem, event, lead, "TikTok Technology Limited");
  }
}
