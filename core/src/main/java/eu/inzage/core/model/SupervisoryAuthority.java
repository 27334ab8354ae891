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
 */
public record SupervisoryAuthority(
    String country,
    String name,
    String website,
    String postalAddress,
    List<String> complaintLanguages,
    boolean acceptsEnglish) {

  /** Normalises codes and makes the list immutable. */
  public SupervisoryAuthority {
    country = Normalise.country(country);
    complaintLanguages = Normalise.list(complaintLanguages);
  }

  /** The language a complaint is written in: the authority's first language. */
  public String complaintLanguage() {
    return complaintLanguages.isEmpty() ? "en" : complaintLanguages.get(0);
  }
}
