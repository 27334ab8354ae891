package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.model.AccessItem;
import eu.inzage.letters.internal.template.TemplateStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each letter must say, in every complete language. */
class LetterContentTest {
  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "de", "fr"})
  void access_everyArticle15ItemIdentifierAndTheMandate_areNamed(String lang) throws Exception {
    Letter letter = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, lang));
    String text = PdfText.squash(letter.text());
    var labels = TemplateStore.builtIn().labels(lang).orElseThrow();

    for (AccessItem item : AccessItem.values()) {
      assertThat(text).contains(labels.get("item." + item.name()));
    }
    // each provision is cited in the language's own style (AccessLetterTest has the table)
    assertThat(text)
        .contains(
            switch (lang) {
              case "nl" -> "art. 15 lid 1 onder h AVG";
              case "de" -> "Art. 15 Abs. 1 lit. h DSGVO";
              case "fr" -> "article 15, paragraphe 1, point h) du RGPD";
              default -> "Art. 15(1)(h) GDPR";
            });
    assertThat(text)
        .contains("@zoe", "zoe@example.org", "Zoë Ångström-Łukasiewicz")
        .contains("verzoeken@inzage.example")
        .contains(labels.get("identifier.username"));
    String due =
        switch (lang) {
          case "nl" -> "1 oktober 2026";
          case "de" -> "1. Oktober 2026";
          case "fr" -> "1 octobre 2026";
          default -> "1 October 2026";
        };
    assertThat(text).contains(due);
    assertThat(PdfText.of(letter.toPdf().bytes())).contains(due);
  }

  @Test
  void access_withoutDueDate_statesTheRuleButNoDate() {
    Letter letter =
        Fixtures.LETTERS.compose(
            Fixtures.input(LetterKind.ACCESS, "en").withFacts(LetterFacts.none()));

    assertThat(PdfText.squash(letter.text()))
        .contains("within one month of receipt")
        .doesNotContain("that period ends on")
        .doesNotContain("{");
  }

  @Test
  void access_toZoom_copiesTheArticle27Representative() {
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                LetterKind.ACCESS,
                Fixtures.participant("Anna", "en"),
                Fixtures.controller("zoom"),
                Fixtures.organisation()));

    assertThat(letter.text()).contains("Lionheart Squared (Europe) Ltd", "UNITED STATES");
  }

  @Test
  void reminder_citesReceivedAndDueDatesAndWhatIsMissing() {
    String text =
        PdfText.squash(Fixtures.LETTERS.compose(Fixtures.input(LetterKind.REMINDER, "en")).text());

    assertThat(text)
        .contains("reached you on 1 September 2026")
        .contains("ended on 1 October 2026")
        .contains("the envisaged period for which the data will be stored")
        .contains("Controller sent a partial ZIP export");
  }

  @Test
  void reminder_withoutFacts_statesOnlyWhatItKnows() {
    String text =
        Fixtures.LETTERS
            .compose(Fixtures.input(LetterKind.REMINDER, "en").withFacts(LetterFacts.none()))
            .text();

    assertThat(text)
        .doesNotContain("reached you on")
        .doesNotContain("ended on")
        .contains("We have not yet received a complete answer");
  }

  @Test
  void reminder_beforeTheDueDate_saysThePeriodEnds() {
    LetterFacts facts = LetterFacts.dates(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 21));
    String text =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.REMINDER, "en").withFacts(facts)).text();

    assertThat(text).contains("ends on 21 December 2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en", "de", "fr"})
  void erasure_citesArticle17AndTheGrounds(String lang) {
    String text = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ERASURE, lang)).text();

    assertThat(text).contains("17", "19", "@zoe");
  }

  @Test
  void toPdf_multiPageLetter_numbersItsPages() throws Exception {
    LetterPdf pdf = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "en")).toPdf();
    String text = PdfText.of(pdf.bytes());

    assertThat(pdf.pages()).isGreaterThan(1);
    assertThat(text)
        .contains("Page 1 of " + pdf.pages(), "Page " + pdf.pages() + " of " + pdf.pages());
    assertThat(text).contains("Our reference", "p-000123/tiktok", "Amsterdam, 28 November 2026");
  }

  @Test
  void toPdf_sameLetterTwice_isByteIdentical() {
    Letter letter = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ERASURE, "fr"));

    assertThat(letter.toPdf().sha256()).isEqualTo(letter.toPdf().sha256());
  }

  @Test
  void labels_everyLanguage_hasTheSameKeysAsEnglish() throws Exception {
    Properties english = load("en");
    for (String lang : List.of("nl", "de", "fr")) {
      assertThat(load(lang).stringPropertyNames())
          .as(lang)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
  }

  @Test
  void toString_ofLetterAndInput_holdsNoPersonalData() {
    LetterInput input = Fixtures.input(LetterKind.ACCESS, "en");
    Letter letter = Fixtures.LETTERS.compose(input);

    assertThat(letter.toString() + input + input.facts()).doesNotContain("Zoë", "zoe@example.org");
  }

  @Test
  void toString_ofCollectiveEntryAndEvent_holdsNoPersonalData() {
    LetterInput input = Fixtures.input(LetterKind.ACCESS, "en");
    CollectiveEntry entry = new CollectiveEntry(input.participant(), input.facts());
    LetterEvent event = new LetterEvent(java.time.LocalDate.of(2026, 9, 1), "Mail from Zoë");

    assertThat(entry.toString() + event)
        .doesNotContain("Zoë", "zoe@example.org")
        .contains(input.participant().id());
  }

  private static Properties load(String lang) throws Exception {
    Properties p = new Properties();
    try (var in =
        LetterContentTest.class.getResourceAsStream(
            "/eu/inzage/letters/templates/" + lang + "/labels.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
