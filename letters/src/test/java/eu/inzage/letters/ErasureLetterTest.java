package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The erasure letter (Art. 17) is sent only on the participant's dated instruction, objects under
 * Art. 21(2) and under Art. 21(1) only with the participant's own grounds, and asks for restriction
 * (Art. 18) until the copy (Art. 15(3)) has arrived; it asks politely, in every language.
 */
class ErasureLetterTest {
  private static final LocalDate COPY = LocalDate.of(2026, 11, 10);

  private static LetterFacts.Builder instructed() {
    return LetterFacts.builder().erasureInstructedOn(Fixtures.ERASURE_INSTRUCTED);
  }

  private static String text(String lang, LetterFacts facts) {
    return PdfText.squash(
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ERASURE, lang).withFacts(facts)).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "de", "fr"})
  void erasure_withoutTheInstructionDate_isRefused(String lang) {
    LetterInput input = Fixtures.input(LetterKind.ERASURE, lang).withFacts(LetterFacts.none());

    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations().get(0))
        .extracting(Violation::field, Violation::code)
        .containsExactly("facts.erasureInstructedOn", ViolationCode.REQUIRED);
  }

  @Test
  void erasure_instructionSignedAfterTheLetter_isRefused() {
    LetterFacts future =
        LetterFacts.builder().erasureInstructedOn(LocalDate.of(2026, 11, 29)).build();
    LetterInput input = Fixtures.input(LetterKind.ERASURE, "en").withFacts(future);

    assertThatThrownBy(() -> Fixtures.LETTERS.compose(input))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations().get(0).code())
        .isEqualTo(ViolationCode.INVALID_VALUE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | Instructie tot wissing, ondertekend door Zoë Ångström-Łukasiewicz op 20 november 2026
          en | Erasure instruction signed by Zoë Ångström-Łukasiewicz on 20 November 2026
          de | Weisung zur Löschung, unterschrieben von Zoë Ångström-Łukasiewicz am 20. November 2026
          fr | Instruction d'effacement signée par Zoë Ångström-Łukasiewicz le 20 novembre 2026
          """)
  void erasure_enclosesTheDatedInstruction(String lang, String enclosure) {
    assertThat(text(lang, instructed().copyReceived(COPY).build())).contains(enclosure);
    assertThat(text(lang, instructed().build())).contains(enclosure);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | Verzoek om beperking van de verwerking van persoonsgegevens (art. 18 AVG) | art. 18 lid 1 onder c AVG | art. 17 lid 3 onder e AVG | Verzoek om wissing van persoonsgegevens (art. 17 AVG) | de persoonsgegevens te wissen
          en | Request for restriction of processing of personal data (Article 18 GDPR) | Article 18(1)(c) GDPR | Article 17(3)(e) GDPR | Request for erasure of personal data (Article 17 GDPR) | to erase the personal data
          de | Antrag auf Einschränkung der Verarbeitung personenbezogener Daten (Art. 18 DSGVO) | Art. 18 Abs. 1 lit. c DSGVO | Art. 17 Abs. 3 lit. e DSGVO | Antrag auf Löschung personenbezogener Daten (Art. 17 DSGVO) | die personenbezogenen Daten zu löschen
          fr | Demande de limitation du traitement de données à caractère personnel (article 18 du RGPD) | article 18, paragraphe 1, point c) du RGPD | article 17, paragraphe 3, point e) du RGPD | Demande d'effacement de données à caractère personnel (article 17 du RGPD) | effacer les données à caractère personnel
          """)
  void erasure_beforeTheCopyArrived_asksForRestrictionInstead(
      String lang,
      String restrictionSubject,
      String article18,
      String legalClaims,
      String erasureSubject,
      String erase) {
    String before = text(lang, instructed().build());
    String after = text(lang, instructed().copyReceived(COPY).build());

    assertThat(before)
        .contains(restrictionSubject, article18, legalClaims)
        .doesNotContain(erasureSubject)
        .doesNotContain(erase);
    assertThat(after).contains(erasureSubject, erase).doesNotContain(restrictionSubject);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | art. 21 lid 2 AVG | art. 21 lid 1 AVG
          en | Article 21(2) GDPR | Article 21(1) GDPR
          de | Art. 21 Abs. 2 DSGVO | Art. 21 Abs. 1 DSGVO
          fr | article 21, paragraphe 2, du RGPD | article 21, paragraphe 1, du RGPD
          """)
  void erasure_objection_article21Paragraph1OnlyWithTheParticipantsOwnGrounds(
      String lang, String directMarketing, String ownGrounds) {
    String grounds = "Their adverts kept showing my former address.";
    for (boolean copy : new boolean[] {false, true}) {
      LetterFacts.Builder without = instructed();
      LetterFacts.Builder with = instructed().objectionGrounds(grounds);
      if (copy) {
        without.copyReceived(COPY);
        with.copyReceived(COPY);
      }

      assertThat(text(lang, without.build())).contains(directMarketing).doesNotContain(ownGrounds);
      assertThat(text(lang, with.build()))
          .contains(directMarketing, ownGrounds)
          .contains("Their adverts kept showing my former address.")
          .doesNotContain("address..");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | Wis de | Neem, als | Bevestig de
          en | Erase the | Confirm the | Inform each
          de | Löschen Sie die | Bestätigen Sie | Teilen Sie allen
          fr | Effacez les | Confirmez-nous | Notifiez l'effacement
          """)
  void erasure_asksPolitelyWithoutImperatives(String lang, String a, String b, String c) {
    for (LetterFacts facts :
        new LetterFacts[] {instructed().build(), instructed().copyReceived(COPY).build()}) {
      assertThat(text(lang, facts)).doesNotContain(a, b, c);
    }
  }

  @Test
  void german_headingsInLegalRegister() {
    String text = text("de", instructed().copyReceived(COPY).build());

    assertThat(text)
        .contains("Angaben zur betroffenen Person", "Begründung", "Unser Ersuchen")
        .doesNotContain("Worum wir Sie bitten");
  }

  /** A colon without the space French typography puts before it, outside addresses and times. */
  private static final Pattern TIGHT_COLON = Pattern.compile("[^\\s\u202f/\\d]:(\\s|$)");

  private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

  @Test
  void french_spaceBeforeColonsAndNoDoubleFullStops() {
    String grounds = "Je ne souhaite plus recevoir de publicité.";
    for (Letter letter :
        new Letter[] {
          Fixtures.LETTERS.compose(
              Fixtures.input(LetterKind.ERASURE, "fr")
                  .withFacts(instructed().objectionGrounds(grounds).build())),
          Fixtures.LETTERS.compose(
              Fixtures.input(LetterKind.ERASURE, "fr")
                  .withFacts(instructed().objectionGrounds(grounds).copyReceived(COPY).build())),
          Fixtures.LETTERS.compose(Fixtures.input(LetterKind.REMINDER, "fr"))
        }) {
      String text = letter.text();
      assertThat(TIGHT_COLON.matcher(text).results().map(r -> r.group()).toList())
          .as(letter.subject())
          .isEmpty();
      assertThat(DOUBLE_STOP.matcher(text).find()).as(letter.subject()).isFalse();
    }
  }
}
