package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The access request and the collective cover letter as a data-protection lawyer reads them before
 * a campaign (issue 14): data minimisation, dates and channels, legal references, language.
 */
class AccessLetterTest {
  private static final RequestFacts FACTS =
      RequestFacts.of(ModelValidator.withoutClock(), Lifecycle.standard());

  private static Participant participant(String name, Account tiktok, Account zoom) {
    Participant.Builder b =
        Participant.builder()
            .id("p-000123")
            .name(name)
            .email("home@example.org")
            .phone("+31612345678")
            .birthDate(LocalDate.of(1990, 2, 14))
            .residence("NL")
            .language("nl")
            .address(Address.of("Prinsengracht 263", "1016 GV", "Amsterdam", "NL"));
    if (tiktok != null) {
      b.account("tiktok", tiktok);
    }
    if (zoom != null) {
      b.account("zoom", zoom);
    }
    return b.build();
  }

  private static String access(Participant p, String controller, String lang, LetterFacts facts) {
    return PdfText.squash(
        Fixtures.LETTERS
            .compose(
                LetterInput.of(
                        LetterKind.ACCESS,
                        p,
                        Fixtures.controller(controller),
                        Fixtures.organisation())
                    .withLanguage(lang)
                    .withFacts(facts))
            .text());
  }

  // ---- 1. data minimisation ----

  @Test
  void access_tiktokAccountWithoutPhone_showsNoPhoneNorTheHomeAddressOfMail() {
    Participant p = participant("Zoë", new Account("@zoe", "tiktok@example.org", null, null), null);

    String text = access(p, "tiktok", "en", LetterFacts.none());

    assertThat(text)
        .contains("@zoe", "tiktok@example.org")
        .doesNotContain("+31612345678")
        .doesNotContain("home@example.org")
        .doesNotContain("Telephone number");
  }

  @Test
  void access_zoomWithoutAccount_showsOnlyTheNameNeverTheOwnEmail() {
    Participant p =
        participant("Zoë", new Account("@zoe", "tiktok@example.org", "+31699999999", null), null);

    String text = access(p, "zoom", "en", LetterFacts.none());

    assertThat(text)
        .contains("Name: Zoë")
        .doesNotContain("home@example.org")
        .doesNotContain("tiktok@example.org")
        .doesNotContain("@zoe")
        .doesNotContain("+316");
  }

  @Test
  void access_zoomAccount_showsOnlyTheIdentifiersOfTheProfile() {
    Participant p =
        participant(
            "Zoë", null, new Account("zoe-zoom", "zoom@example.org", "+31688888888", "u-77"));

    String text = access(p, "zoom", "en", LetterFacts.none());

    assertThat(text)
        .contains("E-mail address: zoom@example.org")
        .doesNotContain("zoe-zoom")
        .doesNotContain("+31688888888")
        .doesNotContain("u-77");
  }

  @Test
  void cover_annex_birthDateOnlyWhereTheProfileNeedsIt() throws Exception {
    ControllerProfile tiktok = Fixtures.controller("tiktok");
    ControllerProfile needsBirthDate =
        ControllerProfile.builder()
            .id("tiktok")
            .legalName("Example Platform Ltd")
            .establishment("IE")
            .zone(ZoneId.of("Europe/Dublin"))
            .requestLanguage("en")
            .identifiers(List.of("username", "birthDate"))
            .build();

    String without = annex(tiktok);
    String with = annex(needsBirthDate);

    // participant 1 of CollectiveLetterTest was born on 2 February 1981
    assertThat(without).doesNotContain("Date of birth").doesNotContain("1981");
    assertThat(with).contains("Date of birth: 2 February 1981").contains("Username: @user1");
  }

  private static String annex(ControllerProfile controller) throws Exception {
    List<Volume> volumes =
        CollectiveLetterTest.write(
            CollectiveInput.of(CollectiveKind.COVER, controller, Fixtures.organisation()),
            CollectiveLetterTest.source(1));
    return PdfText.pages(volumes.get(0).pdf().bytes(), 1, 3);
  }

  // ---- 2. dates and channels ----

  @ParameterizedTest
  @CsvSource({
    "en, As this request is made by electronic means",
    "nl, Omdat dit verzoek langs elektronische weg wordt gedaan",
    "de, Da dieser Antrag elektronisch gestellt wird",
    "fr, Cette demande étant présentée par voie électronique"
  })
  void access_electronicSentence_onlyOnALetterSentElectronically(String lang, String sentence) {
    Participant p = participant("Zoë", new Account("@zoe", null, null, null), null);

    String postal = access(p, "tiktok", lang, LetterFacts.none());
    String post =
        access(p, "tiktok", lang, LetterFacts.builder().channel(ChannelType.POST).build());
    String electronic =
        access(p, "tiktok", lang, LetterFacts.builder().channel(ChannelType.WEB_FORM).build());

    assertThat(postal).doesNotContain(sentence);
    assertThat(post).doesNotContain(sentence);
    assertThat(electronic).contains(sentence);
  }

  @Test
  void sent_withoutSendingDay_statesNoDueDate() {
    LetterFacts facts =
        FACTS.sent(LetterKind.ACCESS, Fixtures.controller("tiktok"), "NL", null, ChannelType.EMAIL);

    assertThat(facts.received()).isNull();
    assertThat(facts.due()).isNull();
    assertThat(access(participant("Zoë", null, null), "tiktok", "en", facts))
        .doesNotContain("that period ends on");
  }

  private static LetterFacts sentToTiktokOn5March(ChannelType channel) {
    return FACTS.sent(
        LetterKind.ACCESS, Fixtures.controller("tiktok"), "NL", LocalDate.of(2026, 3, 5), channel);
  }

  @Test
  void sent_byWebFormOnThursday5March2026_dueAfterTheIrishEasterMonday() {
    // one month: Sunday 5 April 2026 (Easter Day); Monday 6 April is a public holiday in Ireland
    LetterFacts facts = sentToTiktokOn5March(ChannelType.WEB_FORM);

    assertThat(facts.received()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(facts.due()).isEqualTo(LocalDate.of(2026, 4, 7));
    String text = access(participant("Zoë", null, null), "tiktok", "en", facts);
    assertThat(text)
        .contains("For this request that period ends on 7 April 2026.")
        // dated the day it is sent, not the day it was written (28 November 2026 by the clock)
        .contains("Amsterdam, 5 March 2026")
        .doesNotContain("28 November 2026");
  }

  @Test
  void sent_byPost_statesNoDueDate() {
    LetterFacts facts = sentToTiktokOn5March(ChannelType.POST);

    assertThat(facts.due()).isNull();
    assertThat(facts.sentOn()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void sentAt_zoom_countsTheDayInTheControllersZone() {
    // 03:00 UTC on 5 March is still 4 March in San Jose
    LetterFacts facts =
        FACTS.sentAt(
            LetterKind.ACCESS,
            Fixtures.controller("zoom"),
            "NL",
            Instant.parse("2026-03-05T03:00:00Z"));

    assertThat(facts.sentOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(facts.received()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(facts.channel()).isEqualTo(ChannelType.EMAIL);
  }

  // ---- 3. legal references ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | CJEU C-487/21, Österreichische Datenschutzbehörde, 4 May 2023 | CJEU C-307/22, FT v"
            + " DW, 26 October 2023 | and seeking a judicial remedy (Article 12(4) GDPR) |"
            + " referred to in Article 22(1) and (4) GDPR",
        "nl | HvJ EU C-487/21, Österreichische Datenschutzbehörde, 4 mei 2023 | HvJ EU C-307/22,"
            + " FT tegen DW, 26 oktober 2023 | en beroep in te stellen bij de rechter (artikel 12"
            + " lid 4 AVG) | als bedoeld in artikel 22 leden 1 en 4 AVG",
        "de | EuGH C-487/21, Österreichische Datenschutzbehörde, 4. Mai 2023 | EuGH C-307/22, FT"
            + " gegen DW, 26. Oktober 2023 | einen gerichtlichen Rechtsbehelf einzulegen (Art. 12"
            + " Abs. 4 DSGVO) | gemäß Art. 22 Abs. 1 und 4 DSGVO",
        "fr | CJUE C-487/21, Österreichische Datenschutzbehörde, 4 mai 2023 | CJUE C-307/22, FT"
            + " contre DW, 26 octobre 2023 | et de former un recours juridictionnel (article 12,"
            + " paragraphe 4, du RGPD) | visée à l'article 22, paragraphes 1 et 4, du RGPD"
      })
  void accessAndCover_citeTheCopyJudgmentsJudicialRemedyAndArticle22(
      String lang, String copy, String free, String remedy, String article22) throws Exception {
    String access = access(participant("Zoë", null, null), "tiktok", lang, LetterFacts.none());
    String cover =
        PdfText.pages(
            CollectiveLetterTest.write(
                    CollectiveInput.of(
                            CollectiveKind.COVER,
                            Fixtures.controller("tiktok"),
                            Fixtures.organisation())
                        .withLanguage(lang),
                    CollectiveLetterTest.source(1))
                .get(0)
                .pdf()
                .bytes(),
            1,
            2);

    assertThat(access).contains(copy, free, remedy, article22);
    assertThat(cover).contains(copy, free, remedy, article22);
  }

  // ---- 4. language ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | CONFIRMATION | Art. 15(1) GDPR: ",
        "en | PURPOSES | Art. 15(1)(a) GDPR: ",
        "en | COPY | Art. 15(3) GDPR: ",
        "nl | CONFIRMATION | art. 15 lid 1 AVG: ",
        "nl | PURPOSES | art. 15 lid 1 onder a AVG: ",
        "nl | TRANSFER_SAFEGUARDS | art. 15 lid 2 AVG: ",
        "de | CONFIRMATION | Art. 15 Abs. 1 DSGVO: ",
        "de | PURPOSES | Art. 15 Abs. 1 lit. a DSGVO: ",
        "de | COPY | Art. 15 Abs. 3 DSGVO: ",
        "fr | CONFIRMATION | article 15, paragraphe 1, du RGPD : ",
        "fr | PURPOSES | article 15, paragraphe 1, point a) du RGPD : ",
        "fr | COPY | article 15, paragraphe 3, du RGPD : "
      })
  void access_citesEachItemInTheLanguagesStyle(String lang, AccessItem item, String citation) {
    String text = access(participant("Zoë", null, null), "tiktok", lang, LetterFacts.none());
    var labels =
        eu.inzage.letters.internal.template.TemplateStore.builtIn().labels(lang).orElseThrow();

    assertThat(text).contains(citation + " " + labels.get("item." + item.name()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "de", "fr"})
  void access_noEnglishCitationLeft(String lang) {
    String text = access(participant("Zoë", null, null), "zoom", lang, LetterFacts.none());

    assertThat(text).doesNotContainPattern("15\\(\\d\\)").doesNotContain("formerly");
  }

  @Test
  void access_french_elidesDeBeforeAVowelAndSpacesColons() {
    String elodie =
        access(participant("Élodie Martin", null, null), "tiktok", "fr", LetterFacts.none());
    String zoe = access(participant("Zoë Martin", null, null), "tiktok", "fr", LetterFacts.none());

    assertThat(elodie)
        .contains("agit au nom d'Élodie Martin.")
        .contains("au nom d'Élodie Martin.")
        .doesNotContain("de Élodie")
        .contains("Notre référence\u202f: ")
        .contains("Nom\u202f: Élodie Martin")
        .doesNotContainPattern("[^ \u202f]: ");
    assertThat(zoe).contains("agit au nom de Zoë Martin.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "de", "fr"})
  void access_nameEndingInAFullStop_noDoubleFullStop(String lang) {
    String text =
        access(participant("John Smith Jr.", null, null), "palantir", lang, LetterFacts.none());

    assertThat(text).contains("Jr.").doesNotContain("Jr..");
  }

  @Test
  void access_german_headingsInLegalRegister() {
    String text = access(participant("Zoë", null, null), "tiktok", "de", LetterFacts.none());

    assertThat(text)
        .contains("Angaben zur betroffenen Person", "Gegenstand des Antrags")
        .contains("Vollmacht und Empfangsberechtigung")
        .doesNotContain("Worum wir bitten")
        .doesNotContain("Vollmacht und Anschrift für Ihre Antwort");
  }

  @ParameterizedTest
  @CsvSource({"zoom, 'San Jose, CA 95113'", "palantir, 'Palo Alto, CA 94301'"})
  void access_usController_addressInTheAmericanOrder(String controller, String line) {
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                LetterKind.ACCESS,
                participant("Zoë", null, null),
                Fixtures.controller(controller),
                Fixtures.organisation()));

    assertThat(letter.text().lines().toList()).contains(line).doesNotContain("CA");
  }

  @Test
  void complaintInFrench_residesAuxPaysBas() {
    String text =
        PdfText.squash(Fixtures.LETTERS.compose(Fixtures.input(LetterKind.COMPLAINT, "fr")).text());

    assertThat(text).contains("résidant aux Pays-Bas").doesNotContain("en Pays-Bas");
  }

  @ParameterizedTest
  @CsvSource({"de, Tage verspätet", "fr, Jours de retard", "nl, Dagen te laat"})
  void collectiveComplaintAnnex_headersDoNotBreakInsideWords(String lang, String header)
      throws Exception {
    Organisation org = Fixtures.organisation();
    CollectiveSource source =
        CollectiveSource.of(
            () ->
                IntStream.rangeClosed(1, 2)
                    .mapToObj(
                        i ->
                            new CollectiveEntry(
                                CollectiveLetterTest.participant(i),
                                LetterFacts.builder()
                                    .received(LocalDate.of(2026, 9, 1))
                                    .missing(EnumSet.of(AccessItem.COPY))
                                    .build()))
                    .iterator());
    List<Volume> volumes =
        CollectiveLetterTest.write(
            CollectiveInput.of(CollectiveKind.COMPLAINT, Fixtures.controller("tiktok"), org)
                .withLanguage(lang),
            source);

    assertThat(PdfText.of(volumes.get(0).pdf().bytes())).contains(header);
  }
}
