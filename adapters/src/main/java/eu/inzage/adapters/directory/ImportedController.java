package eu.inzage.adapters.directory;

import eu.inzage.core.model.ControllerProfile;
import java.util.List;
import java.util.Map;

/**
 * One controller (GDPR Art. 4(7)) from the open directory: its profile and the directory's fields
 * that a profile does not hold. Holds no personal data.
 *
 * @param file the record's file relative to the directory ({@code companies/zoom.json})
 * @param profile the profile: slug, name, address, channels (e-mail, web form, post), preferred
 *     channel, establishment, calendar and request language
 * @param addressLines the postal address as the directory writes it, one entry per line
 * @param relevantCountries the countries the record is for (lower-case codes or {@code all})
 * @param categories the directory's categories ({@code social media} …)
 * @param runs the services the controller is responsible for
 * @param phone the phone number for privacy requests, or null
 * @param fax the fax number for privacy requests, or null
 * @param web the main web site, or null
 * @param pgpFingerprint the PGP fingerprint of the e-mail address, or null
 * @param pgpUrl where the PGP key is published, or null
 * @param sources where the facts come from
 * @param requiredElements the identification elements the controller needs
 * @param requestLanguage the directory's request language, or null (then the profile says {@code
 *     en})
 * @param customTemplates the controller's own letter templates by kind ({@code access}, {@code
 *     erasure}, {@code rectification}, {@code objection}) — template names of the directory
 * @param needsIdDocument whether the controller asks for an identity document
 * @param suggestedTransportMedium {@code email}, {@code webform}, {@code letter}, {@code fax} or
 *     null
 * @param comments the directory's remarks
 * @param quality {@code tested}, {@code verified}, {@code imported} or {@code scraped}
 * @param facetGroup the directory's facet group, or null
 * @param nsfw whether the directory marks the controller as not safe for work
 */
public record ImportedController(
    String file,
    ControllerProfile profile,
    List<String> addressLines,
    List<String> relevantCountries,
    List<String> categories,
    List<String> runs,
    String phone,
    String fax,
    String web,
    String pgpFingerprint,
    String pgpUrl,
    List<String> sources,
    List<RequiredElement> requiredElements,
    String requestLanguage,
    Map<String, String> customTemplates,
    boolean needsIdDocument,
    String suggestedTransportMedium,
    List<String> comments,
    String quality,
    String facetGroup,
    boolean nsfw) {

  /** Makes the collections immutable. */
  public ImportedController {
    addressLines = List.copyOf(addressLines);
    relevantCountries = List.copyOf(relevantCountries);
    categories = List.copyOf(categories);
    runs = List.copyOf(runs);
    sources = List.copyOf(sources);
    requiredElements = List.copyOf(requiredElements);
    customTemplates = Map.copyOf(customTemplates);
    comments = List.copyOf(comments);
  }

  /** The slug: the profile's id. */
  public String slug() {
    return profile.id();
  }
}
