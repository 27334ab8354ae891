package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodesTest {

  @ParameterizedTest
  @CsvSource({"NL, NL", "nl, NL", "' de ', DE", "EL, GR", "el, GR", "CH, CH", "US, US"})
  void require_isoCode_givesTheCanonicalForm(String input, String expected) {
    assertThat(CountryCodes.require("--residence", input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "XX", "UK", "NLD", "N"})
  void require_unknownCode_isUnknownCountryNamingTheField(String input) {
    assertThat(Fixtures.violationsOf(() -> CountryCodes.require("--residence", input)))
        .containsExactly("--residence UNKNOWN_COUNTRY");
  }
}
