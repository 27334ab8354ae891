package eu.inzage.letters;

import java.util.List;

/**
 * What {@link Letters#writeCollective} wrote: the totals over all volumes, and for a complaint the
 * part that went to each authority.
 *
 * @param kind the kind of collective letter
 * @param participants how many participants the letter covers
 * @param volumes how many volumes were written
 * @param pages the pages of all volumes together
 * @param bytes the size of all volumes together
 * @param language the language of the letter (of the first authority's complaint)
 * @param languageFallback whether a wanted language had no template, so English was used
 * @param authorities for a complaint, one part per authority in the order the volumes were written;
 *     for a cover letter one part without authority
 */
public record CollectiveResult(
    CollectiveKind kind,
    long participants,
    int volumes,
    long pages,
    long bytes,
    String language,
    boolean languageFallback,
    List<Part> authorities) {

  /** Makes the list immutable. */
  public CollectiveResult {
    authorities = authorities == null ? List.of() : List.copyOf(authorities);
  }

  /**
   * The complaint to one authority (Art. 77(1) GDPR).
   *
   * @param authority the authority's code: the country ({@code NL}), or the ISO 3166-2 code of a
   *     German Land ({@code DE-BY}); null for a cover letter
   * @param name the authority's name, or null for a cover letter
   * @param participants how many participants it covers
   * @param volumes how many volumes it has
   * @param language the language it is written in
   * @param languageFallback whether the wanted language had no template, so English was used
   */
  public record Part(
      String authority,
      String name,
      long participants,
      int volumes,
      String language,
      boolean languageFallback) {}
}
