package eu.inzage.core.validation;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.TextRules;

/**
 * The one reading of country codes (ISO 3166-1 alpha-2, with {@code EL} taken as {@code GR}, see
 * {@code docs/law/eligibility.md}) for callers that take a country outside a model object, such as
 * a command-line option.
 */
public final class CountryCodes {
  private CountryCodes() {}

  /**
   * The code in canonical form: stripped, upper case, {@code EL} read as {@code GR}.
   *
   * @throws InvalidInputException naming {@code field} with {@link ViolationCode#UNKNOWN_COUNTRY}
   *     when it is not an ISO 3166-1 alpha-2 code
   */
  public static String require(String field, String code) {
    String normalised = code == null ? "" : Normalise.country(code.strip());
    if (!TextRules.isCountry(normalised)) {
      throw new InvalidInputException(
          field, ViolationCode.UNKNOWN_COUNTRY, "not an ISO 3166-1 alpha-2 country code");
    }
    return normalised;
  }
}
