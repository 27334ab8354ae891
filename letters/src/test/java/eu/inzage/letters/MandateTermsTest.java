package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.FollowUp;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a data-protection lawyer would have the mandate say before a real campaign (issue 14): only
 * recorded facts, one governing law, the full scope, nothing a controller does not need.
 */
class MandateTermsTest {
  private static final SignatureEvidence TYPED =
      new SignatureEvidence(
          SignatureKind.TYPED,
          "Zoë Ångström",
          null,
          Instant.parse("2026-10-14T08:03:05Z"),
          "192.0.2.44",
          "mail-verif-8f2c");

  /** Signed in October, printed on 28 November 2026 (the fixtures' clock). */
  private static LetterFacts.Builder signedInOctober() {
    return LetterFacts.builder().signature(TYPED).signedOn(LocalDate.of(2026, 10, 14));
  }

  private static Letter mandate(String language, Organisation org, LetterFacts facts) {
    return Fixtures.LETTERS.compose(
        new LetterInput(
            LetterKind.MANDATE,
            Fixtures.participant(
                "Zoë Ångström", language == null ? "nl" : language, "home@example.org"),
            Fixtures.controller("tiktok"),
            org,
            language,
            facts,
            null));
  }

  private static String text(String language, LetterFacts facts) {
    return mandate(language, Fixtures.organisation(), facts).text();
  }

  @Test
  void compose_mandateWithoutSignedOn_isRefusedAtFactsSignedOn() {
    LetterFacts unsigned = LetterFacts.builder().signature(TYPED).signedAt("Utrecht").build();

    assertThatThrownBy(() -> mandate("nl", Fixtures.organisation(), unsigned))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field() + " " + v.code())
                    .containsExactly("facts.signedOn REQUIRED"));
  }

  /** The place stays a line to fill in; the date is the signature's; no letterhead date. */
  @ParameterizedTest
  @CsvSource({
    "nl, 'Plaats en datum van ondertekening / Place and date of signature: _______________, 14"
        + " oktober 2026', 'Datum', 28 november 2026",
    "en, 'Place and date of signature: _______________, 14 October 2026', 'Date', 28 November 2026",
    "de, 'Ort und Datum der Unterschrift / Place and date of signature: _______________, 14. Oktober"
        + " 2026', 'Datum', 28. November 2026",
    "fr, 'Lieu et date de la signature / Place and date of signature\u202f: _______________, 14"
        + " octobre 2026', 'Date', 28 novembre 2026"
  })
  void compose_withoutSignedAt_placeIsBlankAndOnlyTheSigningDateIsStated(
      String language, String placeLine, String dateLabel, String today) {
    String text = text(language, signedInOctober().build());

    assertThat(text).contains(placeLine).doesNotContain(today);
    assertThat(text.lines()).noneMatch(l -> l.startsWith(dateLabel));
    assertThat(text).doesNotContain("Amsterdam, 14").doesNotContain("Amsterdam, 28");
  }

  @Test
  void compose_withSignedAt_printsTheRecordedPlace() {
    String text = text("nl", signedInOctober().signedAt("Utrecht").build());

    assertThat(text)
        .contains("Plaats en datum van ondertekening / Place and date of signature: Utrecht, 14");
  }

  static List<Arguments> laws() {
    List<Arguments> rows = new ArrayList<>();
    String[][] nl = {
      {"nl", "Op deze volmacht is Nederlands recht van toepassing (art. 3:60 BW)."},
      {"en", "This mandate is governed by Dutch law (art. 3:60 BW)."},
      {"de", "Für diese Vollmacht gilt niederländisches Recht (art. 3:60 BW)."},
      {"fr", "Le présent mandat est régi par le droit néerlandais (art. 3:60 BW)."}
    };
    for (String[] row : nl) {
      rows.add(Arguments.of(null, row[0], row[1], "art. 3:60 BW"));
    }
    rows.add(
        Arguments.of(
            "DE",
            "nl",
            "Op deze volmacht is Duits recht van toepassing (§§ 164 ff. BGB).",
            "§§ 164 ff. BGB"));
    rows.add(
        Arguments.of(
            "FR",
            "de",
            "Für diese Vollmacht gilt französisches Recht (articles 1984 et suivants du Code civil).",
            "articles 1984 et suivants du Code civil"));
    rows.add(
        Arguments.of(
            "AT", "nl", "Op deze volmacht is het recht van Oostenrijk van toepassing.", null));
    return rows;
  }

  /** One law, the organisation's, cited the same whatever the language of the mandate. */
  @ParameterizedTest
  @MethodSource("laws")
  void compose_statesTheOneGoverningLawInEveryLanguage(
      String governingLaw, String language, String sentence, String citation) {
    String text =
        mandate(language, Fixtures.organisation(governingLaw, null), signedInOctober().build())
            .text();

    assertThat(text).contains(sentence);
    for (String other : List.of("art. 3:60 BW", "§§ 164 ff. BGB", "1984")) {
      if (citation == null || !citation.contains(other)) {
        assertThat(text).doesNotContain(other);
      }
    }
  }

  @Test
  void compose_bilingualMandate_citesTheSameLawInBothVersions() {
    String text =
        mandate(null, Fixtures.organisation("DE", null), signedInOctober().build())
            .text(); // nl participant, English controller

    assertThat(text)
        .contains("Op deze volmacht is Duits recht van toepassing (§§ 164 ff. BGB).")
        .contains("This mandate is governed by German law (§§ 164 ff. BGB).")
        .doesNotContain("3:60");
  }

  /** The cover letter cites the mandates' law, not the law of its own language. */
  @ParameterizedTest
  @CsvSource({"nl", "de", "en", "fr"})
  void writeCollective_coverCitesTheMandatesLawInEveryLanguage(String language) throws Exception {
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation())
            .withLanguage(language);
    List<Volume> volumes = CollectiveLetterTest.write(input, CollectiveLetterTest.source(1));

    String text = PdfText.squash(PdfText.pages(volumes.get(0).pdf().bytes(), 1, 1));
    assertThat(text).contains("(art. 3:60 BW)").doesNotContain("BGB");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nl|en de met haar verbonden ondernemingen die als (gezamenlijke)"
            + " verwerkingsverantwoordelijke optreden|ter verificatie van mijn identiteit"
            + "|opdracht in de zin van art. 80 lid 1 AVG|tot en met 14 oktober 2028"
            + "|mijn gegevens ook rechtstreeks aan mij mag verstrekken",
        "en|and its affiliates acting as (joint) controllers|questions to verify my identity"
            + "|within the meaning of Article 80(1) GDPR|until 14 October 2028"
            + "|may also provide my data to me directly",
        "de|und den mit ihr verbundenen Unternehmen, die als (gemeinsam) Verantwortliche handeln"
            + "|Überprüfung meiner Identität|im Sinne des Art. 80 Abs. 1 DSGVO"
            + "|bis zum 14. Oktober 2028|meine Daten auch unmittelbar übermittelt",
        "fr|et des entreprises qui lui sont liées et agissent en tant que responsables (conjoints)"
            + "|visant à vérifier mon identité|au sens de l'article 80, paragraphe 1, du RGPD"
            + "|jusqu'au 14 octobre 2028|me communique aussi mes données directement"
      })
  void compose_scopeCoversAffiliatesIdentityChecksArt80DefaultEndAndDirectDelivery(
      String language,
      String affiliates,
      String identity,
      String art80,
      String end,
      String direct) {
    String text = PdfText.squash(text(language, signedInOctober().build()));

    assertThat(text).contains(affiliates, identity, art80, end, direct);
  }

  @Test
  void compose_withoutComplaintInFollowUp_doesNotNameArticle80() {
    String text =
        PdfText.squash(
            text("en", signedInOctober().followUp(Set.of(FollowUp.PROCEEDINGS)).build()));

    assertThat(text)
        .contains("Articles 78 and 79 GDPR")
        .doesNotContain("Article 80(1)")
        .doesNotContain("Article 77")
        .doesNotContain("Article 82");
  }

  @Test
  void compose_withValidUntil_statesThatDayNotTheDefault() {
    String text =
        PdfText.squash(text("en", signedInOctober().validUntil(LocalDate.of(2027, 3, 31)).build()));

    assertThat(text).contains("until 31 March 2027").doesNotContain("two years");
  }

  /**
   * The controller sees who signed and when, not how the organisation checked it (Art. 5(1)(c)).
   */
  @ParameterizedTest
  @CsvSource({"nl", "en", "de", "fr"})
  void compose_minimisesWhatTheControllerReceives(String language) throws Exception {
    Letter letter = mandate(language, Fixtures.organisation(), signedInOctober().build());

    for (String text : List.of(letter.text(), PdfText.of(letter.toPdf().bytes()))) {
      assertThat(text)
          .contains("Zoë Ångström", "@zoe", "zoe@example.org", "2026-10-14 08:03:05 UTC")
          .doesNotContain("1990", "Prinsengracht", "1016 GV", "+31612345678", "home@example.org")
          .doesNotContain("192.0.2.44", "mail-verif-8f2c");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nl|deze verzoeken op te volgen|ondervolmacht verlenen|art. 15 lid 3 AVG|gevolg te geven",
        "de|diese Anträge weiterzuverfolgen|Untervollmacht erteilen|Art. 15 Abs. 3 DSGVO"
            + "|Art. 16)",
        "fr|assurer le suivi de ces demandes|se substituer|article 15, paragraphe 3, du RGPD"
            + "|donner suite",
        "en|follow up these requests|grant a sub-mandate|Article 15(3) GDPR|Article 16)"
      })
  void compose_usesTheLegalWordingAndCitationStyleOfEachLanguage(
      String language, String followUp, String subDelegation, String citation, String wrong) {
    String text = PdfText.squash(text(language, signedInOctober().build()));

    assertThat(text).contains(followUp, subDelegation, citation).doesNotContain(wrong);
  }

  @Test
  void compose_frenchMandate_hasNarrowSpacesBeforeColonsAndNoDoubleFullStops() {
    String text = text("fr", signedInOctober().signedAt("Lyon").build());

    assertThat(text).contains("le mandataire\u202f:", "Lyon, 14 octobre 2026");
    String body = text.substring(text.indexOf("Je soussigné"));
    assertThat(body).doesNotContain(" :", " ;", "..");
  }

  @Test
  void compose_bilingualMandate_labelsObjectivesWithTheirLanguage() {
    String text =
        PdfText.squash(
            mandate(null, Fixtures.organisation(null, "en"), signedInOctober().build()).text());

    assertThat(text)
        .contains(
            "Protecting the privacy of internet users, not for profit (oorspronkelijke tekst in"
                + " het Engels)")
        .doesNotContain("not for profit (original text");
  }

  @Test
  void compose_bilingualMandateWithObjectivesOfUnknownLanguage_saysTheyAreNotTranslated() {
    String text =
        PdfText.squash(mandate(null, Fixtures.organisation(), signedInOctober().build()).text());

    assertThat(text)
        .contains("not for profit (tekst van de statuten, niet vertaald)")
        .contains("not for profit (text of the statutes, not translated)");
  }

  @Test
  void compose_organisationWithoutAnyCountry_isRefusedAtGoverningLaw() {
    Organisation nowhere = Organisation.builder().name("Stichting Zonder Adres").build();

    assertThatThrownBy(() -> mandate("nl", nowhere, signedInOctober().build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("organisation.governingLaw REQUIRED");
  }

  /**
   * A mandate bundled behind a cover letter states only the day its participant recorded: an entry
   * without one is refused before any volume is written, and the cover's date never becomes the
   * mandate's.
   */
  @Test
  void writeCollective_bundledMandateWithoutSignedOn_isRefused() {
    CollectiveSource unsigned =
        CollectiveSource.of(
            () -> List.of(CollectiveEntry.of(CollectiveLetterTest.participant(1))).iterator());

    assertThat(CollectiveLetterTest.refusedCover(unsigned))
        .containsExactly("participants.1.facts.signedOn REQUIRED");
  }

  @Test
  void writeCollective_bundledMandate_statesItsOwnDayNotTheCovers() throws Exception {
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation())
            .withLanguage("en");
    List<Volume> volumes = CollectiveLetterTest.write(input, CollectiveLetterTest.source(1));

    String text = PdfText.squash(PdfText.of(volumes.get(0).pdf().bytes()));
    String mandate = text.substring(text.indexOf("I, the undersigned"));
    assertThat(text).contains("28 November 2026");
    assertThat(mandate)
        .contains("Place and date of signature: _______________, 20. November 2026")
        .contains("valid for two years from the day it is signed, that is until 20 November 2028,")
        .doesNotContain("28 November 2026", "Amsterdam, 2");
  }
}
