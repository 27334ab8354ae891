package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * A postal address. Every part is optional for validity; letters print the parts that are present.
 *
 * @param street street and number (and any further line such as c/o or a building)
 * @param postalCode postal code
 * @param city city or town
 * @param region region, state or province, where the country's addresses use one; or its ISO 3166-2
 *     code ({@code DE-BY}), which decides the competent supervisory authority in Germany (see
 *     {@code docs/authorities.md#germany}) and is not printed
 * @param country ISO 3166-1 alpha-2 code ({@code EL} is stored as {@code GR})
 */
public record Address(
    @PlainText @MaxLength(1000) String street,
    @PlainText @MaxLength(20) String postalCode,
    @PlainText @MaxLength(200) String city,
    @PlainText @MaxLength(200) String region,
    @CountryCode String country) {

  /** Normalises the country code. */
  public Address {
    country = Normalise.country(country);
  }

  /** An address without region. */
  public static Address of(String street, String postalCode, String city, String country) {
    return new Address(street, postalCode, city, null, country);
  }

  /**
   * The lines as printed on an envelope, without the country, in the order of the country's post: a
   * United States address puts the city, state and ZIP code on one line ("San Jose, CA 95113"),
   * every other address the postal code before the city and the region on its own line.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (street != null && !street.isBlank()) {
      lines.add(street);
    }
    String code = postalCode == null ? "" : postalCode.strip();
    String town = city == null ? "" : city.strip();
    String state = region == null ? "" : region.strip();
    if ("US".equals(country)) {
      String cityState = state.isEmpty() || town.isEmpty() ? town + state : town + ", " + state;
      String place = String.join(" ", cityState, code).strip();
      if (!place.isEmpty()) {
        lines.add(place);
      }
      return List.copyOf(lines);
    }
    String place = String.join(" ", code, town).strip();
    if (!place.isEmpty()) {
      lines.add(place);
    }
    if (!state.isEmpty() && !isSubdivisionCode()) {
      lines.add(region);
    }
    return List.copyOf(lines);
  }

  /** Whether the region is an ISO 3166-2 code of the address's own country, such as DE-BY. */
  private boolean isSubdivisionCode() {
    return country != null
        && region.strip().length() > country.length() + 1
        && Normalise.asciiUpper(region.strip()).startsWith(country + "-")
        && region.strip().substring(country.length() + 1).matches("[A-Za-z0-9]{1,3}");
  }

  @Override
  public String toString() {
    return "Address[country=" + country + ", <redacted>]";
  }
}
