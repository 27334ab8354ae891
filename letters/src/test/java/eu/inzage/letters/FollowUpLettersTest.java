package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.docket.Docket;
import eu.inzage.core.docket.EscalationPolicy;
import eu.inzage.core.docket.NextAction;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.internal.template.TemplateStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-up letters answer what the controller said (Arts. 12(3), 15, 28, 77): a bare processor
 * claim, an extension notified too late, the proof of submission and the final date.
 */
class FollowUpLettersTest {
  private static final ControllerProfile PALANTIR =
      ControllerProfiles.builtIn().require("palantir");
  private static final ControllerProfile TIKTOK = ControllerProfiles.builtIn().require("tiktok");
  // the reminder is written on Friday 1 October 2021
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Letters LETTERS = Letters.builder().clock(CLOCK).build();

  private static RequestHistory history(String controller, RequestEvent... later) {
    List<RequestEvent> events = new ArrayList<>();
    events.add(
        new RequestEvent.Submitted(
            Instant.parse("2021-07-28T10:00:00Z"),
            ChannelType.EMAIL,
            "message <a1@inzage.example>"));
    events.addAll(List.of(later));
    return new RequestHistory("r-1", "p-000123", controller, "NL", events);
  }

  private static String reminder(
      RequestHistory history, ControllerProfile controller, String lang) {
    return PdfText.squash(
        LETTERS
            .compose(
                LetterInput.of(
                        LetterKind.REMINDER,
                        Fixtures.participant("Zoë Ångström-Łukasiewicz", lang),
                        controller,
                        Fixtures.organisation())
                    .withLanguage(lang)
                    .withFacts(LETTERS.facts(history, controller)))
            .text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | art. 28 lid 3 onder e AVG | voor welke verwerkingsverantwoordelijken u persoonsgegevens | uitsluitend als verwerker
          en | Article 28(3)(e) GDPR | for which controllers you process personal data | act only as a processor
          de | Art. 28 Abs. 3 lit. e DSGVO | für welche Verantwortlichen Sie personenbezogene Daten | ausschließlich als Auftragsverarbeiter
          fr | article 28, paragraphe 3, point e) du RGPD | pour quels responsables du traitement vous traitez | qu'en qualité de sous-traitant
          """)
  void reminder_afterProcessorClaim_asksForTheControllersInsteadOfEveryItem(
      String lang, String article28, String askForControllers, String claim) {
    RequestHistory history =
        history(
            "palantir",
            new RequestEvent.ProcessorOnlyClaimed(Instant.parse("2021-08-20T10:00:00Z")));

    String text = reminder(history, PALANTIR, lang);

    assertThat(text).contains(article28, askForControllers, claim);
    var labels = TemplateStore.builtIn().labels(lang).orElseThrow();
    // the Art. 15 items are not repeated one by one
    assertThat(text)
        .doesNotContain(labels.get("item.RETENTION"))
        .doesNotContain(labels.get("item.RECIPIENTS"));
  }

  @Test
  void facts_afterProcessorClaim_recordTheClaimUntilALaterAnswer() {
    RequestHistory claimed =
        history(
            "palantir",
            new RequestEvent.ProcessorOnlyClaimed(Instant.parse("2021-08-20T10:00:00Z")));
    RequestHistory answeredLater =
        Lifecycle.standard()
            .append(
                claimed,
                new RequestEvent.PartiallyFulfilled(Instant.parse("2021-09-02T10:00:00Z")));

    assertThat(LETTERS.facts(claimed, PALANTIR).processorClaimed())
        .isEqualTo(LocalDate.of(2021, 8, 20));
    assertThat(LETTERS.facts(answeredLater, PALANTIR).processorClaimed()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | op 2 september 2021 bereikt, na het einde van de eerste maand op 30 augustus 2021 | niet geldig
          en | reached us on 2 September 2021, after the first month had ended on 30 August 2021 | not valid
          de | am 2. September 2021 bei uns eingegangen, nach Ablauf des ersten Monats am 30. August 2021 | unwirksam
          fr | nous est parvenu le 2 septembre 2021, après la fin du premier mois, le 30 août 2021 | pas valable
          """)
  void reminder_extensionAfterTheFirstMonth_isNamedInvalid(
      String lang, String dates, String invalid) {
    // received Wednesday 28 July 2021, one month ends Monday 30 August (28 August a Saturday)
    RequestHistory late =
        history(
            "palantir",
            new RequestEvent.ExtensionNotified(Instant.parse("2021-09-02T10:00:00Z"), "volume"));

    String text = reminder(late, PALANTIR, lang);

    assertThat(text).contains(dates, invalid);
    assertThat(LETTERS.facts(late, PALANTIR).due()).isEqualTo(LocalDate.of(2021, 8, 30));
  }

  @Test
  void reminder_extensionInTime_isNotCalledInvalid() {
    RequestHistory inTime =
        history(
            "palantir",
            new RequestEvent.ExtensionNotified(Instant.parse("2021-08-10T10:00:00Z"), "volume"));

    String text = reminder(inTime, PALANTIR, "en");

    assertThat(text).doesNotContain("not valid").contains("ends on 28 October 2021");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | Wij hebben ons verzoek op 28 juli 2021 verstuurd (bewijs van verzending: message <a1@inzage.example>).
          en | We sent our request on 28 July 2021 (proof of submission: message <a1@inzage.example>).
          de | Wir haben unseren Antrag am 28. Juli 2021 abgesandt (Nachweis der Übermittlung: message <a1@inzage.example>).
          fr | Nous avons envoyé notre demande le 28 juillet 2021 (preuve de l'envoi : message <a1@inzage.example>).
          """)
  void reminder_citesTheProofOfSubmission(String lang, String sentence) {
    String text = reminder(history("tiktok"), TIKTOK, lang);

    assertThat(text).contains(sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | Wij verzoeken u ons uiterlijk op 15 oktober 2021 te antwoorden.
          en | We ask you to answer by 15 October 2021 at the latest.
          de | Wir bitten Sie, uns bis spätestens 15. Oktober 2021 zu antworten.
          fr | Nous vous prions de nous répondre au plus tard le 15 octobre 2021.
          """)
  void reminder_setsTheFinalDateOnWhichTheComplaintBecomesDue(String lang, String sentence) {
    RequestHistory history = history("tiktok");

    String text = reminder(history, TIKTOK, lang);

    assertThat(text).contains(sentence);
    // the docket, once the reminder is recorded, lists the complaint as due on that same day
    RequestHistory reminded =
        Lifecycle.standard()
            .append(history, new RequestEvent.ReminderSent(Instant.parse("2021-10-01T09:00:00Z")));
    assertThat(Docket.of(CLOCK).entry(reminded).next())
        .isEqualTo(new NextAction(NextAction.Kind.COMPLAINT, LocalDate.of(2021, 10, 15)));
    assertThat(LETTERS.facts(history, TIKTOK).finalDate()).isEqualTo(LocalDate.of(2021, 10, 15));
  }

  @Test
  void facts_configuredEscalation_finalDateFollowsThePolicy() {
    Letters letters =
        Letters.builder()
            .clock(CLOCK)
            .escalation(EscalationPolicy.builder().complaintAfterDays(21).build())
            .build();

    assertThat(letters.facts(history("tiktok"), TIKTOK).finalDate())
        .isEqualTo(LocalDate.of(2021, 10, 22));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nl | art. 15 lid 1 onder d AVG | art. 15 lid 3 AVG
          en | Art. 15(1)(d) GDPR | Article 15(3) GDPR
          de | Art. 15 Abs. 1 lit. d DSGVO | Art. 15 Abs. 3 DSGVO
          fr | article 15, paragraphe 1, point d) du RGPD | article 15, paragraphe 3, du RGPD
          """)
  void reminder_citesTheMissingItemsInTheLanguagesStyle(String lang, String point, String copy) {
    String text = PdfText.squash(LETTERS.compose(Fixtures.input(LetterKind.REMINDER, lang)).text());

    assertThat(text).contains(point, copy);
  }

  @Test
  void letterFactsJson_readsTheFollowUpAndErasureFields() throws Exception {
    String json =
        "{\"submitted\":\"2021-07-28\",\"proof\":\"ticket 4711\",\"oneMonth\":\"2021-08-30\","
            + "\"extensionNotified\":\"2021-09-02\",\"processorClaimed\":\"2021-08-20\","
            + "\"finalDate\":\"2021-10-15\",\"erasureInstructedOn\":\"2021-09-01\","
            + "\"copyReceived\":\"2021-08-25\",\"objectionGrounds\":\"Adverts.\"}";
    LetterFacts facts =
        ModelValidator.create(CLOCK)
            .read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), LetterFacts.class);

    assertThat(facts)
        .isEqualTo(
            LetterFacts.builder()
                .submitted(LocalDate.of(2021, 7, 28))
                .proof("ticket 4711")
                .oneMonth(LocalDate.of(2021, 8, 30))
                .extensionNotified(LocalDate.of(2021, 9, 2))
                .processorClaimed(LocalDate.of(2021, 8, 20))
                .finalDate(LocalDate.of(2021, 10, 15))
                .erasureInstructedOn(LocalDate.of(2021, 9, 1))
                .copyReceived(LocalDate.of(2021, 8, 25))
                .objectionGrounds("Adverts.")
                .build());
    assertThat(facts.toString()).doesNotContain("ticket", "Adverts");
  }

  @Test
  void builder_proofTooLongOrDateOutOfRange_namesTheField() {
    var tooLong = LetterFacts.builder();
    var early = LetterFacts.builder();

    assertThatThrownBy(() -> tooLong.proof("x".repeat(501)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations().get(0).field())
        .isEqualTo("proof");
    assertThatThrownBy(() -> early.finalDate(LocalDate.of(1999, 12, 31)).build())
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations().get(0).field())
        .isEqualTo("finalDate");
  }
}
