package eu.inzage.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.SupervisoryAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In Germany the authority of the data subject's Land is competent (Art. 55(1), 77(1) GDPR). */
class GermanAuthoritiesTest {
  private static final SupervisoryAuthorities TABLE = SupervisoryAuthorities.builtIn();

  @Test
  void regions_germany_areTheSixteenLandsUnderTheirOwnNames() {
    assertThat(TABLE.regions("DE"))
        .extracting(SupervisoryAuthority::region)
        .containsExactlyInAnyOrder(
            "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI",
            "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH");
    assertThat(TABLE.regions("DE"))
        .allSatisfy(
            a -> {
              assertThat(a.country()).isEqualTo("DE");
              assertThat(a.complaintLanguage()).isEqualTo("de");
              assertThat(a.postalAddress()).matches(".*\\b\\d{5} \\S.*");
              assertThat(a.name()).doesNotContain("federal", "16 state", "BfDI");
            });
    assertThat(TABLE.all())
        .extracting(SupervisoryAuthority::name)
        .noneMatch(n -> n.contains("16 state"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-, DE-BY, DE-BY",
        "-, by, DE-BY",
        "01067, de-sn, DE-SN",
        "80331, -, DE-BY",
        "10115, -, DE-BE",
        "14467, DE-BB, DE-BB",
        "20095, -, DE-HH",
        "24103, -, DE-SH",
        "30159, -, DE-NI",
        "39104, -, DE-ST",
        "40213, -, DE-NW",
        "54290, -, DE-RP",
        "60311, -, DE-HE",
        "70173, -, DE-BW",
        "99084, -, DE-TH",
        "18055, -, DE-MV",
        "08056, -, DE-SN",
        "03046, -, DE-BB"
      })
  void competent_germanResident_isTheLandByRegionElsePostcode(
      String postcode, String region, String expected) {
    SupervisoryAuthority authority =
        TABLE.competent(
            "DE", new Address("Straße 1", postcode, "Ort", region, "DE"), "participant");

    assertThat(authority.code()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "01067", // Dresden, but zone 01 is shared with Brandenburg
    "12529", // Berlin and Brandenburg
    "66111", // Saarland and Rhineland-Palatinate
    "D-21", // not a postcode
  })
  void competent_postcodeOfASharedZoneWithoutRegion_isRefusedNamingTheRegion(String postcode) {
    assertThatThrownBy(
            () ->
                TABLE.competent("DE", Address.of("Straße 1", postcode, "Ort", "DE"), "participant"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("participant.address.region");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.REQUIRED);
            });
  }

  @Test
  void competent_regionThatIsNoLand_isInvalid() {
    assertThatThrownBy(
            () ->
                TABLE.competent(
                    "DE", new Address("Straße 1", "80331", "München", "Bayern", "DE"), "p"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("p.address.region");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.INVALID_VALUE);
            });
  }

  @Test
  void competent_otherCountries_areTheStateAuthority() {
    assertThat(TABLE.competent("NL", null, "participant").name())
        .isEqualTo("Autoriteit Persoonsgegevens");
    assertThatThrownBy(() -> TABLE.competent("US", null, "participant"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("participant.residence"));
  }

  @Test
  void addressLines_regionGivenAsIsoCode_isNotPrinted() {
    assertThat(new Address("Weg 1", "80331", "München", "DE-BY", "DE").lines())
        .containsExactly("Weg 1", "80331 München");
    assertThat(new Address("55 Almaden Blvd", "95113", "San Jose", "CA", "US").lines())
        .containsExactly("55 Almaden Blvd", "San Jose, CA 95113");
  }
}
