package eu.inzage.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityPolicyTest {
  private static final LocalDate ON = LocalDate.parse("2021-07-28");

  private static Participant participant(String residence, LocalDate birthDate) {
    if (residence == null) {
      // the builder requires a residence; a participant read without validation may lack it
      return InzageJson.strict()
          .read(
              "{\"id\":\"p-1\",\"name\":\"Test Person\""
                  + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"")
                  + "}",
              Participant.class);
    }
    return Participant.builder()
        .id("p-1")
        .name("Test Person")
        .birthDate(birthDate)
        .residence(residence)
        .build();
  }

  @ParameterizedTest(name = "{0} born {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          NL | 1990-02-14 |
          NL | 2003-07-28 |
          NL | 2003-07-29 | UNDER_MINIMUM_AGE
          GR | 1990-01-01 |
          EL | 1990-01-01 |
          CH | 1990-01-01 |
          IS | 1990-01-01 |
          LI | 1990-01-01 |
          NO | 1990-01-01 |
          GB | 1990-01-01 | RESIDENCE_OUTSIDE_TERRITORY
          US | 2010-01-01 | RESIDENCE_OUTSIDE_TERRITORY;UNDER_MINIMUM_AGE
          DE |            | BIRTH_DATE_MISSING
          GB |            | RESIDENCE_OUTSIDE_TERRITORY;BIRTH_DATE_MISSING
             | 1990-01-01 | RESIDENCE_MISSING
             |            | RESIDENCE_MISSING;BIRTH_DATE_MISSING
          FR | 2030-01-01 | UNDER_MINIMUM_AGE
          """)
  void check_somi2021_everyReasonAtOnce(String residence, LocalDate born, String expected) {
    Eligibility result = EligibilityPolicy.somi2021().check(participant(residence, born), null, ON);

    List<EligibilityReason> reasons =
        expected == null
            ? List.of()
            : Arrays.stream(expected.split(";")).map(EligibilityReason::valueOf).toList();
    assertThat(result.reasons()).containsExactlyElementsOf(reasons);
    assertThat(result.eligible()).isEqualTo(reasons.isEmpty());
    assertThat(result.policy()).isEqualTo("somi-2021");
  }

  @Test
  void check_bornOn29February_turns18On1March() {
    EligibilityPolicy policy = EligibilityPolicy.somi2021();
    Participant leapling = participant("NL", LocalDate.parse("2004-02-29"));

    assertThat(policy.check(leapling, null, LocalDate.parse("2022-02-28")).eligible()).isFalse();
    assertThat(policy.check(leapling, null, LocalDate.parse("2022-03-01")).eligible()).isTrue();
  }

  @Test
  void check_mandateRequiredAndMissing_mandateMissing() {
    EligibilityPolicy policy =
        EligibilityPolicy.builder("with-mandate")
            .territory(Set.of("NL", "EL"))
            .minimumAge(16)
            .mandateRequired(true)
            .requiredFields(ParticipantField.EMAIL)
            .build();
    Participant person = participant("GR", LocalDate.parse("2004-01-01"));

    Eligibility result = policy.check(person, null, ON);

    assertThat(result.reasons())
        .containsExactly(EligibilityReason.MANDATE_MISSING, EligibilityReason.EMAIL_MISSING);
    assertThat(policy.territory()).containsExactlyInAnyOrder("NL", "GR");
  }

  @Test
  void check_mandateSignedAndInForce_eligible() {
    EligibilityPolicy policy =
        EligibilityPolicy.builder("with-mandate").mandateRequired(true).build();
    Participant person = participant("NL", LocalDate.parse("1990-01-01"));
    Mandate mandate = mandate(person, null);

    assertThat(policy.check(person, mandate, ON).eligible()).isTrue();
    assertThat(policy.check(person, mandate(person, LocalDate.parse("2021-07-01")), ON).reasons())
        .containsExactly(EligibilityReason.MANDATE_MISSING);
  }

  private static Mandate mandate(Participant principal, LocalDate revokedOn) {
    return Mandate.builder()
        .id("m-1")
        .principal(principal)
        .agent(Organisation.builder().name("SOMI").build())
        .controllers(List.of("tiktok"))
        .mayReceiveData(true)
        .signedOn(LocalDate.parse("2021-06-01"))
        .signedAt("Amsterdam")
        .revokedOn(revokedOn)
        .adultDeclared(true)
        .languages(List.of("nl"))
        .signature(
            new SignatureEvidence(
                SignatureKind.TYPED,
                "Test Person",
                null,
                Instant.parse("2021-06-01T10:00:00Z"),
                null,
                null))
        .build();
  }

  @Test
  void check_withoutReferenceDate_rejectedNamingIt() {
    Participant person = participant("NL", LocalDate.parse("1990-01-01"));

    assertThatThrownBy(() -> EligibilityPolicy.somi2021().check(person, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("on");
  }

  @Test
  void check_samePolicyOnTwoDates_dateDecides() {
    EligibilityPolicy policy = EligibilityPolicy.somi2021();
    Participant person = participant("NL", LocalDate.parse("2003-07-28"));

    assertThat(policy.check(person, null, LocalDate.parse("2021-07-27")).reasons())
        .containsExactly(EligibilityReason.UNDER_MINIMUM_AGE);
    assertThat(policy.check(person, null, LocalDate.parse("2021-07-28")).eligible()).isTrue();
  }

  @Test
  void builder_minimumAgeTwice_namesCurrentValue() {
    EligibilityPolicy.Builder builder = EligibilityPolicy.builder("x").minimumAge(18);

    assertThatThrownBy(() -> builder.minimumAge(16))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("minimumAge was already set to 18");
  }

  @Test
  void builder_badTerritoryCode_rejected() {
    assertThatThrownBy(() -> EligibilityPolicy.builder("x").territory(Set.of("XX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("territory");
  }

  @Test
  void named_unknown_invalidInputNamingPolicy() {
    assertThat(EligibilityPolicy.named("SOMI-2021")).isSameAs(EligibilityPolicy.somi2021());
    assertThatThrownBy(() -> EligibilityPolicy.named("nope"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("policy"));
  }

  @Test
  void somi2021_territoryIs31Countries() {
    assertThat(EligibilityPolicy.somi2021().territory()).hasSize(31).doesNotContain("GB", "EL");
    assertThat(EligibilityPolicy.somi2021().toString()).contains("minimumAge=18");
  }
}
