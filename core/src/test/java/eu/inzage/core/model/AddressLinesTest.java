package eu.inzage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An address prints in the order of its country's post. */
class AddressLinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "55 Almaden Blvd, Suite 600 | 95113 | San Jose | CA | US"
            + " | 55 Almaden Blvd, Suite 600; San Jose, CA 95113",
        "100 Hamilton Ave | 94301 | Palo Alto | | US | 100 Hamilton Ave; Palo Alto 94301",
        "10 Earlsfort Terrace | D02 T380 | Dublin | | IE | 10 Earlsfort Terrace; D02 T380 Dublin",
        "Keizersgracht 100 | 1015 AA | Amsterdam | NH | NL | Keizersgracht 100; 1015 AA Amsterdam; NH"
      })
  void lines_inTheCountrysOrder(
      String street, String postalCode, String city, String region, String country, String lines) {
    Address address = new Address(street, postalCode, city, region, country);

    assertThat(address.lines()).isEqualTo(List.of(lines.split("; ")));
  }
}
