package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Organisation;
import eu.inzage.letters.internal.template.Labels;
import eu.inzage.letters.internal.template.Scope;
import java.util.Map;

/**
 * The one law that governs a mandate: the law of the organisation's country ({@link
 * Organisation#governingLawCountry()}), with the provision on agency cited the same in every
 * language of the mandate and of the collective cover letter — Art. 3:60 BW (Netherlands), §§ 164
 * ff. BGB (Germany), Art. 1984 ff. Code civil (France); other countries are named without a
 * citation. See {@code docs/law/mandate.md#governing-law}.
 *
 * @param country ISO 3166-1 alpha-2
 * @param citation the provision on agency, or null where the project has none on record
 */
record GoverningLaw(String country, String citation) {
  private static final Map<String, String> CITATIONS =
      Map.of(
          "NL", "art. 3:60 BW",
          "DE", "§§ 164 ff. BGB",
          "FR", "articles 1984 et suivants du Code civil");

  /**
   * The law governing the organisation's mandates.
   *
   * @throws InvalidInputException at {@code organisation.governingLaw} ({@code REQUIRED}) when the
   *     organisation has neither a governing law nor an address country
   */
  static GoverningLaw of(Organisation organisation) {
    String country = organisation.governingLawCountry();
    if (country == null) {
      throw new InvalidInputException(
          "organisation.governingLaw",
          ViolationCode.REQUIRED,
          "a mandate states its governing law: set it or give the organisation an address");
    }
    return new GoverningLaw(country, CITATIONS.get(country));
  }

  /** The law's name in a language: "Nederlands recht", "the law of Belgium" … */
  String name(Labels labels) {
    String key = "law." + country;
    if (labels.has(key)) {
      return labels.get(key);
    }
    return labels.format(
        "law.other", Scope.root("law").put("country", Composer.country(country, labels)));
  }

  /** Puts {@code law} and {@code lawCitation} (or none) into a template's scope. */
  Scope into(Scope scope, Labels labels) {
    return scope.put("law", name(labels)).put("lawCitation", citation);
  }
}
