package eu.inzage.adapters.directory;

import eu.inzage.core.model.SupervisoryAuthority;
import java.util.List;

/**
 * One supervisory authority (GDPR Art. 51) from the open directory: the authority and the
 * directory's fields that {@link SupervisoryAuthority} does not hold.
 *
 * @param slug the directory's identifier ({@code frcnil})
 * @param file the record's file relative to the directory
 * @param authority the authority: country, name, web site, postal address and complaint language
 * @param relevantCountries the countries the record is for (lower-case codes or {@code all})
 * @param email the e-mail address for complaints, or null
 * @param webform the web form for complaints, or null
 * @param phone the phone number, or null
 * @param fax the fax number, or null
 * @param pgpFingerprint the PGP fingerprint of the e-mail address, or null
 * @param pgpUrl where the PGP key is published, or null
 * @param sources where the facts come from
 * @param suggestedTransportMedium {@code email}, {@code webform}, {@code letter}, {@code fax} or
 *     null
 * @param comments the directory's remarks
 */
public record ImportedAuthority(
    String slug,
    String file,
    SupervisoryAuthority authority,
    List<String> relevantCountries,
    String email,
    String webform,
    String phone,
    String fax,
    String pgpFingerprint,
    String pgpUrl,
    List<String> sources,
    String suggestedTransportMedium,
    List<String> comments) {

  /** Makes the lists immutable. */
  public ImportedAuthority {
    relevantCountries = List.copyOf(relevantCountries);
    sources = List.copyOf(sources);
    comments = List.copyOf(comments);
  }
}
