package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The collective complaint (Art. 80(1) with Art. 77 GDPR): authority, language, findings. */
class CollectiveComplaintTest {
  /** Requests received 1 September 2026 (a Tuesday): due 1 October 2026 in Ireland. */
  static CollectiveEntry late(int i) {
    return new CollectiveEntry(
        resident(i, "NL", Address.of("Straat " + i, "1000 AA", "Amsterdam", "NL")),
        LetterFacts.builder()
            .received(LocalDate.of(2026, 9, 1))
            .missing(EnumSet.of(AccessItem.RECIPIENTS, AccessItem.COPY))
            .build());
  }

  /** Participant i of {@link CollectiveLetterTest#participant} living in another place. */
  static Participant resident(int i, String country, Address address) {
    Participant p = CollectiveLetterTest.participant(i);
    return Participant.builder()
        .id(p.id())
        .name(p.name())
        .email(p.email())
        .residence(country)
        .language(p.language())
        .address(address)
        .build();
  }

  static CollectiveSource source(int n) {
    return CollectiveSource.of(() -> IntStream.rangeClosed(1, n).mapToObj(i -> late(i)).iterator());
  }

  static CollectiveInput complaint() {
    return CollectiveInput.of(
        CollectiveKind.COMPLAINT, Fixtures.controller("tiktok"), Fixtures.organisation());
  }

  @Test
  void writeCollective_organisationInNetherlands_goesToDutchAuthorityInDutch() throws Exception {
    List<Volume> volumes = CollectiveLetterTest.write(complaint(), source(3));

    assertThat(volumes).hasSize(1);
    Volume volume = volumes.get(0);
    assertThat(volume.language()).isEqualTo("nl");
    assertThat(PdfAValidator.failures(volume.pdf().bytes())).isEmpty();
    String text = PdfText.of(volume.pdf().bytes());
    assertThat(text)
        .contains("Autoriteit Persoonsgegevens")
        .contains("artikel 80 lid 1 AVG")
        .contains("3 betrokkenen")
        .contains("Data Protection Commission")
        .contains("Protecting the privacy of internet users")
        // due 1 October 2026 (deadline engine, Ireland); the clock says 28 November: 58 days
        .contains("uiterlijk 1 oktober 2026")
        .contains("58")
        // no answer is on record for them (no events): the annex says so, not "incomplete"
        .contains("geen antwoord")
        .contains("Voor 3 van de 3 deelnemers");
    for (int i = 1; i <= 3; i++) {
      assertThat(text).contains(CollectiveLetterTest.participant(i).name());
    }
  }

  @Test
  void writeCollective_authorityWithoutTemplates_fallsBackToEnglishAndSaysSo() throws Exception {
    List<Volume> volumes = CollectiveLetterTest.write(complaint().withAuthority("PL"), source(2));

    assertThat(volumes.get(0).language()).isEqualTo("en");
    assertThat(volumes.get(0).languageFallback()).isTrue();
    assertThat(PdfText.of(volumes.get(0).pdf().bytes()))
        .contains("Urząd Ochrony Danych Osobowych")
        .contains("Article 80(1)")
        .contains("Days late");
  }

  @Test
  void writeCollective_germanAuthorityFiveParticipantsVolumesOfTwo_threeGermanVolumes()
      throws Exception {
    List<Volume> volumes =
        CollectiveLetterTest.write(complaint().withAuthority("DE-BE").withVolumeSize(2), source(5));

    assertThat(volumes).extracting(Volume::participants).containsExactly(2, 2, 1);
    assertThat(volumes).allSatisfy(v -> assertThat(v.language()).isEqualTo("de"));
    assertThat(PdfText.of(volumes.get(2).pdf().bytes()))
        .contains("Teil 3 von 3")
        .contains("Anlage: Teilnehmende 5 bis 5 von 5");
  }

  @Test
  void writeCollective_unknownAuthority_isInvalidInputNamingAuthority() {
    assertThatThrownBy(() -> CollectiveLetterTest.write(complaint().withAuthority("US"), source(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("authority"));
  }

  @Test
  void writeCollective_dueDateGivenNotYetPassed_isRefusedNamingTheDueDate() {
    CollectiveEntry onTime =
        new CollectiveEntry(
            CollectiveLetterTest.participant(1),
            LetterFacts.dates(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 21)));
    List<Volume> volumes = new ArrayList<>();

    assertThatThrownBy(
            () ->
                Fixtures.LETTERS.writeCollective(
                    complaint().withLanguage("en"),
                    CollectiveSource.of(() -> List.of(late(2), onTime).iterator()),
                    volumes::add))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("participants.2.facts.due");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.INVALID_VALUE);
            });
    assertThat(volumes).isEmpty();
  }
}
