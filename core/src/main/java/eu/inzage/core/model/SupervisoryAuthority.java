package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import java.util.List;

/**
 * A supervisory authority (GDPR Art. 51) to which a participant may complain (Art. 77): the
 * authority of the participant's habitual residence. Safe to log.
 *
 * @param country ISO 3166-1 alpha-2 code of the state
 * @param name the authority's name
 * @param website its web site (host name)
 * @param postalAddress its postal address, one line
 * @param complaintLanguages the languages in which it takes complaints, preferred first (ISO 639-1)
 * @param acceptsEnglish whether it takes complaints in English as well
 * @param region the ISO 3166-2 code of the region it is competent for (a German Land, {@code
 *     DE-BY}), or null for an authority of the whole state
 */
public record SupervisoryAuthority(
    String country,
    String name,
    String website,
    String postalAddress,
    List<String> complaintLanguages,
    boolean acceptsEnglish,
    String region) {

  /** Normalises codes and makes the list immutable. */
  public SupervisoryAuthority {
    country = Normalise.country(country);
    complaintLanguages = Normalise.list(complaintLanguages);
    region = region == null || region.isBlank() ? null : Normalise.country(region.strip());
  }

  /** An authority of a whole state. */
  public SupervisoryAuthority(
      String country,
      String name,
      String website,
      String postalAddress,
      List<String> complaintLanguages,
      boolean acceptsEnglish) {
    this(country, name, website, postalAddress, complaintLanguages, acceptsEnglish, null);
  }

  /**
   * The code that tells the authority apart: its region ({@code DE-BY}) where it has one, else its
   * country ({@code NL}).
   */
  public String code() {
    return region != null ? region : country;
  }

  /** The language a complaint is written in: the authority's first language. */
  public String complaintLanguage() {
    return complaintLanguages.isEmpty() ? "en" : complaintLanguages.get(0);
  }
}
