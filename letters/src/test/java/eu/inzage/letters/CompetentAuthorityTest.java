package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Participant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A complaint goes to the competent authority (Art. 55, 77(1) GDPR; in Germany the Land's) and
 * states only facts on record.
 */
class CompetentAuthorityTest {
  static Participant german(String postcode, String region) {
    return Participant.builder()
        .id("p-42")
        .name("Jörg Müller")
        .email("joerg@example.org")
        .residence("DE")
        .language("de")
        .address(new Address("Hauptstraße 1", postcode, "Ort", region, "DE"))
        .build();
  }

  static LetterInput complaint(Participant p, String controller) {
    return LetterInput.of(
            LetterKind.COMPLAINT, p, Fixtures.controller(controller), Fixtures.organisation())
        .withFacts(Fixtures.facts());
  }

  static String text(LetterInput input) {
    return PdfText.squash(Fixtures.LETTERS.compose(input).text());
  }

  static void assertViolation(InvalidInputException e, String field, ViolationCode code) {
    assertThat(e.violations().get(0).field()).isEqualTo(field);
    assertThat(e.violations().get(0).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "80331, -, Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), Postfach 1349",
        "01067, DE-BY, Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), 91504 Ansbach",
        "01067, by, Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), 91504 Ansbach",
        "10555, -, Berliner Beauftragte für Datenschutz und Informationsfreiheit, Alt-Moabit 59-61",
        "20095, -, Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit, 20459 Hamburg",
        "40213, -, Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2-4",
        "70173, -, Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg, 70025 Stuttgart",
        "99084, -, Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit, 99107 Erfurt",
        "28195, DE-HB, Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen, 27570 Bremerhaven"
      })
  void compose_germanResident_goesToTheAuthorityOfTheLand(
      String postcode, String region, String authority, String addressLine) {
    Letter letter = Fixtures.LETTERS.compose(complaint(german(postcode, region), "tiktok"));

    assertThat(letter.recipient()).hasValue(authority);
    String text = letter.text();
    assertThat(text).contains(authority).contains(addressLine);
    assertThat(text).doesNotContain("BfDI").doesNotContain("16 state").doesNotContain("federal");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"01067", "12345", "63739", "1234"})
  void compose_germanPostcodeOfSeveralLandsWithoutRegion_isRefusedNamingTheRegion(String postcode) {
    assertThatThrownBy(() -> Fixtures.LETTERS.compose(complaint(german(postcode, null), "tiktok")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertViolation(e, "participant.address.region", ViolationCode.REQUIRED));
  }

  @Test
  void compose_germanRegionThatIsNoLand_isRefusedAsInvalid() {
    assertThatThrownBy(
            () -> Fixtures.LETTERS.compose(complaint(german("80331", "DE-XX"), "tiktok")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertViolation(e, "participant.address.region", ViolationCode.INVALID_VALUE));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "zoom, en, one-stop-shop mechanism of Article 56 GDPR does not apply, Lionheart Squared (Europe) Ltd",
    "zoom, nl, één-loketmechanisme van artikel 56 AVG is daarom niet van toepassing, Lionheart Squared (Europe) Ltd",
    "zoom, de, (One-Stop-Shop) greift daher nicht, Lionheart Squared (Europe) Ltd",
    "zoom, fr, guichet unique de l'article 56 du RGPD ne s'applique donc pas, Lionheart Squared (Europe) Ltd",
    "palantir, en, one-stop-shop mechanism of Article 56 GDPR does not apply, no representative on record",
    "palantir, nl, één-loketmechanisme van artikel 56 AVG is daarom niet van toepassing, geen vertegenwoordiger bekend",
    "palantir, de, (One-Stop-Shop) greift daher nicht, kein Vertreter bekannt",
    "palantir, fr, guichet unique de l'article 56 du RGPD ne s'applique donc pas, aucun représentant connu"
  })
  void compose_controllerWithoutMainEstablishment_saysResidenceAuthorityIsCompetent(
      String controller, String lang, String oneStopShop, String representative) {
    String text =
        text(complaint(Fixtures.participant("Anna Jansen", "nl"), controller).withLanguage(lang));

    assertThat(text).contains(oneStopShop).contains(representative);
  }

  /**
   * Competence rests on Art. 55(1) and 77(1) GDPR; § 19(2) BDSG only passes complaints on between
   * German authorities and makes none competent, so no letter cites it.
   */
  @Test
  void compose_residenceAuthorityIsCompetentUnderTheGdprAlone() {
    String dutch =
        text(complaint(Fixtures.participant("Anna Jansen", "nl"), "zoom").withLanguage("de"));
    String bavarian = text(complaint(german("80331", null), "zoom"));

    for (String text : java.util.List.of(dutch, bavarian)) {
      assertThat(text)
          .contains("zuständig (Art. 55 Abs. 1 und Art. 77 Abs. 1 DSGVO).")
          .contains("federführenden Aufsichtsbehörde nach Art. 56 DSGVO (One-Stop-Shop) greift")
          .doesNotContain("BDSG")
          .doesNotContain("Verfahren der Zusammenarbeit nach Art. 56");
    }
  }

  @Test
  void compose_tiktokWithMainEstablishmentInIreland_namesTheLeadAuthorityNotTheOneStopShopExit() {
    String text =
        text(complaint(Fixtures.participant("Anna Jansen", "nl"), "tiktok").withLanguage("en"));

    assertThat(text).contains("Data Protection Commission").doesNotContain("does not apply");
  }

  @Test
  void compose_periodNotYetEnded_isRefusedNamingTheDueDate() {
    LetterInput input =
        complaint(Fixtures.participant("Anna Jansen", "nl"), "tiktok")
            .withFacts(LetterFacts.dates(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 21)));

    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertViolation(e, "facts.due", ViolationCode.INVALID_VALUE));
  }

  @Test
  void compose_receivedRecentlyWithoutDue_isRefusedByTheCountedDueDate() {
    LetterInput input =
        complaint(Fixtures.participant("Anna Jansen", "nl"), "tiktok")
            .withFacts(LetterFacts.builder().received(LocalDate.of(2026, 11, 2)).build());

    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("facts.due"));
  }

  static LetterFacts recorded(String... kinds) {
    LetterFacts.Builder b =
        LetterFacts.builder()
            .received(LocalDate.of(2026, 9, 1))
            .due(LocalDate.of(2026, 10, 1))
            .missing(EnumSet.of(AccessItem.RECIPIENTS, AccessItem.COPY));
    int day = 1;
    java.util.List<LetterEvent> events = new java.util.ArrayList<>();
    for (String kind : kinds) {
      events.add(new LetterEvent(LocalDate.of(2026, 9, day), kind, null));
      day += 10;
    }
    return b.events(events).build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "en; submitted; No answer from the controller is on record; answer is incomplete",
        "en; submitted acknowledged; No answer from the controller is on record; has not provided the following",
        "en; submitted partiallyFulfilled; The controller answered on 11 September 2026, but its answer is incomplete; No answer",
        "en; submitted refused; The controller refused the request on 11 September 2026; No answer",
        "nl; submitted; Er is geen antwoord van de verwerkingsverantwoordelijke bekend; onvolledig",
        "nl; submitted partiallyFulfilled; heeft op 11 september 2026 geantwoord, maar het antwoord is onvolledig; geen antwoord",
        "de; submitted; Eine Antwort des Verantwortlichen liegt nicht vor; unvollständig",
        "de; submitted partiallyFulfilled; hat am 11. September 2026 geantwortet; liegt nicht vor",
        "fr; submitted; Aucune réponse du responsable du traitement n'est enregistrée; incomplète",
        "fr; submitted partiallyFulfilled; a répondu le 11 septembre 2026, mais sa réponse est incomplète; Aucune réponse"
      })
  void compose_eachAnswerIsDescribedByTheEventsOnRecord(
      String lang, String kinds, String says, String neverSays) {
    String text =
        text(
            complaint(Fixtures.participant("Anna Jansen", "nl"), "tiktok")
                .withLanguage(lang)
                .withFacts(recorded(kinds.split(" "))));

    assertThat(text).contains(says).doesNotContain(neverSays);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "nl; - art. 15 lid 1 onder c AVG: de ontvangers; art. 15(1)(c)",
        "de; - Art. 15 Abs. 1 lit. c DSGVO: die Empfänger; Art. 15(1)(c)",
        "fr; - article 15, paragraphe 1, point c) du RGPD : les destinataires; art. 15(1)(c)",
        "en; - Art. 15(1)(c) GDPR: the recipients; Art. 15 lid"
      })
  void compose_complaint_citesInTheStyleOfItsLanguage(String lang, String cited, String never) {
    String text =
        text(complaint(Fixtures.participant("Anna Jansen", "nl"), "tiktok").withLanguage(lang));

    assertThat(text).contains(cited).doesNotContain(never).doesNotContain("..");
  }

  @Test
  void compose_germanComplaint_usesHeadingsOfTheLegalRegister() {
    String text = text(complaint(german("80331", null), "zoom"));

    assertThat(text)
        .contains("Beschwerdegegner", "Zuständigkeit", "Sachverhalt", "Anträge")
        // numbered all or none: Sachverhalt and Anträge carry no numeral, so none does
        .doesNotContain("I. Beschwerdegegner", "II. Zuständigkeit")
        .doesNotContain("Unser Anliegen", "Der Sachverhalt");
  }

  @Test
  void compose_frenchComplaint_putsASpaceBeforeEveryColon() {
    String text =
        Fixtures.LETTERS
            .compose(
                complaint(Fixtures.participant("Anna Jansen", "nl"), "zoom").withLanguage("fr"))
            .text();
    String body = text.substring(text.indexOf("Madame, Monsieur,"));

    assertThat(body).doesNotContainPattern("[\\p{L})]:").doesNotContain("..");
  }
}
