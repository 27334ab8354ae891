package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The collective complaint goes to each participant's competent authority (Art. 77(1), Art. 55
 * GDPR; in Germany the Land's) and states only facts on record (Art. 80(1) GDPR).
 */
class CollectiveSplitTest {
  private static final LetterFacts NO_ANSWER =
      LetterFacts.builder()
          .received(LocalDate.of(2026, 9, 1))
          .event(new LetterEvent(LocalDate.of(2026, 9, 1), "submitted", null))
          .build();

  private static final LetterFacts PARTIAL =
      LetterFacts.builder()
          .received(LocalDate.of(2026, 9, 1))
          .missing(EnumSet.of(AccessItem.RECIPIENTS, AccessItem.COPY))
          .event(new LetterEvent(LocalDate.of(2026, 9, 1), "submitted", null))
          .event(new LetterEvent(LocalDate.of(2026, 9, 15), "partiallyFulfilled", null))
          .build();

  static CollectiveEntry entry(int i, String country, Address address, LetterFacts facts) {
    return new CollectiveEntry(CollectiveComplaintTest.resident(i, country, address), facts);
  }

  /** NL, DE (Bavaria by region), DE (Berlin by postcode), BE, NL, DE (Bavaria by postcode). */
  static List<CollectiveEntry> mixed() {
    return List.of(
        entry(1, "NL", Address.of("Straat 1", "1000 AA", "Amsterdam", "NL"), NO_ANSWER),
        entry(2, "DE", new Address("Weg 2", "01067", "Ort", "DE-BY", "DE"), PARTIAL),
        entry(3, "DE", Address.of("Weg 3", "10115", "Berlin", "DE"), NO_ANSWER),
        entry(4, "BE", Address.of("Rue 4", "1000", "Bruxelles", "BE"), PARTIAL),
        entry(5, "NL", Address.of("Straat 5", "1000 AA", "Amsterdam", "NL"), PARTIAL),
        entry(6, "DE", Address.of("Weg 6", "80331", "München", "DE"), NO_ANSWER));
  }

  static CollectiveInput complaint(String controller) {
    return CollectiveInput.of(
        CollectiveKind.COMPLAINT, Fixtures.controller(controller), Fixtures.organisation());
  }

  static List<Volume> write(
      CollectiveInput input, List<CollectiveEntry> entries, CollectiveResult[] result)
      throws Exception {
    List<Volume> volumes = new ArrayList<>();
    result[0] =
        Fixtures.LETTERS.writeCollective(
            input, CollectiveSource.of(entries::iterator), volumes::add);
    return volumes;
  }

  /** The squashed text of the first volume of a complaint for these entries. */
  static String firstVolume(CollectiveInput input, List<CollectiveEntry> entries) throws Exception {
    return PdfText.squash(
        PdfText.of(write(input, entries, new CollectiveResult[1]).get(0).pdf().bytes()));
  }

  @Test
  void writeCollective_participantsOfFourAuthorities_oneComplaintPerAuthority() throws Exception {
    CollectiveResult[] result = new CollectiveResult[1];
    List<Volume> volumes = write(complaint("zoom"), mixed(), result);

    assertThat(volumes).extracting(Volume::authority).containsExactly("NL", "DE-BY", "DE-BE", "BE");
    assertThat(volumes).extracting(Volume::participants).containsExactly(2, 2, 1, 1);
    assertThat(volumes).extracting(Volume::language).containsExactly("nl", "de", "de", "nl");
    assertThat(result[0].participants()).isEqualTo(6);
    assertThat(result[0].volumes()).isEqualTo(4);
    assertThat(result[0].authorities())
        .extracting(CollectiveResult.Part::authority, CollectiveResult.Part::participants)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NL", 2L),
            org.assertj.core.groups.Tuple.tuple("DE-BY", 2L),
            org.assertj.core.groups.Tuple.tuple("DE-BE", 1L),
            org.assertj.core.groups.Tuple.tuple("BE", 1L));
    assertThat(result[0].authorities().get(1).name())
        .isEqualTo("Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)");

    String bavaria = PdfText.of(volumes.get(1).pdf().bytes());
    assertThat(bavaria)
        .contains("Bayerisches Landesamt für Datenschutzaufsicht", "Postfach 1349", "91504 Ansbach")
        .contains(mixed().get(1).participant().name(), mixed().get(5).participant().name())
        .doesNotContain(mixed().get(0).participant().name())
        .doesNotContain(mixed().get(2).participant().name())
        .doesNotContain("BfDI")
        .contains("Teilnehmende 1 bis 2 von 2");
    assertThat(PdfText.of(volumes.get(0).pdf().bytes()))
        .contains("Autoriteit Persoonsgegevens")
        .doesNotContain(mixed().get(1).participant().name());
    assertThat(PdfText.of(volumes.get(2).pdf().bytes()))
        .contains("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
    for (Volume v : volumes) {
      assertThat(PdfAValidator.failures(v.pdf().bytes())).isEmpty();
    }
  }

  @Test
  void writeCollective_authorityNamed_overridesTheResidenceForAll() throws Exception {
    CollectiveResult[] result = new CollectiveResult[1];
    List<Volume> volumes = write(complaint("zoom").withAuthority("de-by"), mixed(), result);

    assertThat(volumes).extracting(Volume::authority).containsExactly("DE-BY");
    assertThat(volumes.get(0).participants()).isEqualTo(6);
    assertThat(result[0].authorities()).hasSize(1);
  }

  @Test
  void writeCollective_authorityGermanyWithoutLand_isRefusedNamingTheAuthority() {
    assertThatThrownBy(
            () -> write(complaint("zoom").withAuthority("DE"), mixed(), new CollectiveResult[1]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("authority"));
  }

  @Test
  void writeCollective_germanResidentWithoutLand_isRefusedBeforeAnyVolume() {
    List<CollectiveEntry> entries = new ArrayList<>(mixed());
    entries.add(entry(7, "DE", Address.of("Weg 7", "01067", "Dresden", "DE"), NO_ANSWER));
    List<Volume> volumes = new ArrayList<>();

    assertThatThrownBy(
            () ->
                Fixtures.LETTERS.writeCollective(
                    complaint("zoom"), CollectiveSource.of(entries::iterator), volumes::add))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("participants.7.address.region");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.REQUIRED);
            });
    assertThat(volumes).isEmpty();
  }

  @Test
  void writeCollective_participantWithoutAnyDate_isRefusedNamingTheDueDate() {
    List<CollectiveEntry> entries = new ArrayList<>(mixed());
    entries.add(
        entry(7, "NL", Address.of("Straat 7", "1000 AA", "Amsterdam", "NL"), LetterFacts.none()));

    assertThatThrownBy(
            () ->
                Fixtures.LETTERS.writeCollective(
                    complaint("tiktok"), CollectiveSource.of(entries::iterator), v -> {}))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("participants.7.facts.due");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.REQUIRED);
            });
  }

  @Test
  void writeCollective_eachParticipantIsDescribedByTheirOwnEvents() throws Exception {
    List<CollectiveEntry> noAnswer =
        List.of(entry(1, "NL", Address.of("Straat 1", "1000 AA", "Amsterdam", "NL"), NO_ANSWER));
    List<CollectiveEntry> partial =
        List.of(entry(5, "NL", Address.of("Straat 5", "1000 AA", "Amsterdam", "NL"), PARTIAL));
    CollectiveInput input = complaint("tiktok").withLanguage("en");

    String none = PdfText.of(write(input, noAnswer, new CollectiveResult[1]).get(0).pdf().bytes());
    String part = PdfText.of(write(input, partial, new CollectiveResult[1]).get(0).pdf().bytes());

    // "no answer" appears once in the letter's description of the annex, and once per row without
    // a recorded answer
    assertThat(occurrences(none, "no answer")).isEqualTo(2);
    assertThat(none).doesNotContain("answer incomplete");
    assertThat(occurrences(part, "no answer")).isEqualTo(1);
    assertThat(PdfText.squash(part))
        .contains("answer incomplete, missing:")
        .contains("Art. 15(1)(c) GDPR; Art. 15(3) GDPR");
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void writeCollective_zoom_saysTheOneStopShopDoesNotApplyAndNamesTheRepresentative()
      throws Exception {
    String text = firstVolume(complaint("zoom").withLanguage("en"), mixed().subList(0, 1));

    assertThat(text)
        .contains("one-stop-shop mechanism of Article 56 GDPR does not apply")
        .contains("Lionheart Squared (Europe) Ltd");
    String palantir = firstVolume(complaint("palantir").withLanguage("en"), mixed().subList(0, 1));
    assertThat(palantir).contains("no representative on record");
  }

  @Test
  void writeCollective_standing_namesTheLawAndEnclosesStatutesAndRegistryExtract()
      throws Exception {
    Organisation org =
        Organisation.builder()
            .name("Stichting Inzage Collectief")
            .legalForm("stichting")
            .registration("KvK 12345678")
            .address(Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"))
            .constitutedUnder("NL")
            .statutes("Statuten, akte van 3 maart 2025")
            .registryExtract("KvK-uittreksel van 1 november 2026")
            .build();
    CollectiveInput input =
        new CollectiveInput(
            CollectiveKind.COMPLAINT,
            Fixtures.controller("tiktok"),
            org,
            null,
            "en",
            null,
            CollectiveInput.DEFAULT_VOLUME_SIZE);

    String text = firstVolume(input, mixed().subList(0, 1));
    String defaults = firstVolume(complaint("tiktok").withLanguage("de"), mixed().subList(0, 1));

    assertThat(text)
        .contains("properly constituted under Dutch law")
        .contains("Statuten, akte van 3 maart 2025")
        .contains("KvK-uittreksel van 1 november 2026");
    assertThat(defaults)
        .contains("ordnungsgemäß nach niederländischem Recht gegründet")
        .contains("Satzung von Stichting Inzage Collectief")
        .contains("Registerauszug (KvK 12345678)")
        .contains("Art. 80 Abs. 1 DSGVO")
        .doesNotContain("Buchst.");
  }
}
