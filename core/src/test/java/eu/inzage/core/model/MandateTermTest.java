package eu.inzage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mandate without an end date ends two years after signature (docs/law/mandate.md). */
class MandateTermTest {
  private static Mandate signedOn(LocalDate signedOn, LocalDate validUntil) {
    Mandate base = Fixtures.mandate();
    return Mandate.builder()
        .id(base.id())
        .principal(base.principal())
        .agent(base.agent())
        .controllers(base.controllers())
        .signedOn(signedOn)
        .validUntil(validUntil)
        .signature(base.signature())
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-27, , 2028-11-27, 2028-11-27, true",
    "2026-11-27, , 2028-11-27, 2028-11-28, false",
    "2024-02-29, , 2026-02-28, 2026-02-28, true",
    "2026-11-27, 2027-03-31, 2027-03-31, 2027-04-01, false",
    "2026-11-27, 2030-01-01, 2030-01-01, 2029-06-01, true"
  })
  void lastDay_isValidUntilElseTwoYearsAfterSignature(
      LocalDate signed, LocalDate validUntil, LocalDate lastDay, LocalDate day, boolean inForce) {
    Mandate mandate = signedOn(signed, validUntil);

    assertThat(mandate.lastDay()).isEqualTo(lastDay);
    assertThat(Mandate.lastDay(signed, validUntil)).isEqualTo(lastDay);
    assertThat(mandate.isInForceOn(day)).isEqualTo(inForce);
  }
}
