package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and addresses from all over Europe render with embedded glyphs and extract back. */
class UnicodeNamesTest {
  /** A mandate is dated by its signature. */
  private static final LetterFacts SIGNED =
      LetterFacts.builder().signedOn(java.time.LocalDate.of(2026, 11, 27)).build();

  private static Participant person(
      String name, String street, String postal, String city, String cc) {
    return Participant.builder()
        .id("p-1")
        .name(name)
        .birthDate(LocalDate.of(1980, 1, 1))
        .residence(cc)
        .address(Address.of(street, postal, city, cc))
        .account(
            "tiktok",
            new Account(name.split(" ")[0].toLowerCase(java.util.Locale.ROOT), null, null, null))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Polish; Grzegorz Brzęczyszczykiewicz-Łódzka; ul. Świętokrzyska 12/4; 00-116; Łódź; PL",
        "Czech; Řehoř Šťastný-Žďárský; Náměstí Míru 820/9; 120 00; Praha 2 – Vinohrady; CZ",
        "Greek; Γεώργιος Παπαδόπουλος; Οδός Ερμού 25; 105 63; Αθήνα; GR",
        "Cyrillic; Добромир Христов Петров; бул. Цар Освободител 15; 1000; София; BG",
        "Nordic; Ægir Þórðarson Ødegård-Åström; Laugavegur 7, Ðalur; 101; Reykjavík; IS",
        "German; Jürgen Groß-Straßmüller; Königsallee 1, Hinterhaus; 40212; Düsseldorf; DE",
        "Romanian; Ștefan Țăranu; Strada Fântânii 3; 400133; Cluj-Napoca; RO",
        "Baltic; Kęstutis Žemaitis, Jānis Ķēniņš; Gedimino pr. 9; LT-01103; Vilnius; LT"
      })
  void toPdf_europeanNames_extractBackAsText(
      String script, String name, String street, String postal, String city, String cc)
      throws Exception {
    Participant participant = person(name, street, postal, city, cc);
    for (LetterKind kind : List.of(LetterKind.ACCESS, LetterKind.MANDATE)) {
      Letter letter =
          Fixtures.LETTERS.compose(
              LetterInput.of(
                      kind, participant, Fixtures.controller("tiktok"), Fixtures.organisation())
                  .withLanguage("en")
                  .withFacts(SIGNED));

      String text = PdfText.of(letter.toPdf().bytes());

      assertThat(text).contains(name);
      if (kind == LetterKind.MANDATE) {
        // a mandate sent to a controller carries no postal address (data minimisation, issue 14)
        assertThat(text).doesNotContain(street).doesNotContain(postal + " " + city);
      }
    }
  }

  @Test
  void toPdf_greekAndCyrillicGlyphsOutsideTheBaseSet_passVeraPdf() throws Exception {
    Participant participant =
        person("Γεώργιος Добромир Ægir Łukasz", "Οδός Ερμού 25", "105 63", "Αθήνα", "GR");
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.MANDATE,
                    participant,
                    Fixtures.controller("tiktok"),
                    Fixtures.organisation())
                .withFacts(SIGNED));

    assertThat(PdfAValidator.failures(letter.toPdf().bytes())).isEmpty();
  }

  @Test
  void toPdf_longNameAndSixLineAddress_wrapInsideThePage() throws Exception {
    String longName =
        "Maximiliane Zoë Annabelle Ångström-Łukasiewicz-Papadopoulou van der Westhuizen-Brzęczyszczykiewicz";
    ControllerProfile controller =
        ControllerProfile.builder()
            .id("longco")
            .legalName(
                "Internationale Datenverarbeitungs- und Plattformbetriebsgesellschaft mit"
                    + " beschränkter Haftung & Co. Kommanditgesellschaft auf Aktien")
            .address(
                new Address(
                    "Haus C, 3. Obergeschoss, Abteilung Datenschutz und Informationssicherheit,"
                        + " Industriestraße 1234-1240",
                    "80331",
                    "München-Schwabing-Freimann",
                    "Freistaat Bayern, Regierungsbezirk Oberbayern",
                    "DE"))
            .establishment("DE")
            .zone(java.time.ZoneId.of("Europe/Berlin"))
            .deadlineCountry("DE")
            .requestLanguage("de")
            .identifiers(List.of("email"))
            .build();
    Participant participant = person(longName, "Prinsengracht 263", "1016 GV", "Amsterdam", "NL");
    Letter letter =
        Fixtures.LETTERS.compose(
            LetterInput.of(LetterKind.ACCESS, participant, controller, Fixtures.organisation()));

    byte[] pdf = letter.toPdf().bytes();
    String text = PdfText.of(pdf);

    assertThat(PdfText.maxRight(pdf)).isLessThan(595.3f - 20 * 72 / 25.4f + 1);
    assertThat(text)
        .contains("Kommanditgesellschaft auf Aktien")
        .contains("Freistaat Bayern, Regierungsbezirk Oberbayern")
        .contains("80331 München-Schwabing-Freimann")
        .contains("Westhuizen-Brzęczyszczykiewicz");
  }
}
