package eu.inzage.letters;

/**
 * What {@link Letters#writeCollective} wrote: the totals over all volumes.
 *
 * @param kind the kind of collective letter
 * @param participants how many participants the letter covers
 * @param volumes how many volumes were written
 * @param pages the pages of all volumes together
 * @param bytes the size of all volumes together
 * @param language the language of the letter
 * @param languageFallback whether the wanted language had no template, so English was used
 */
public record CollectiveResult(
    CollectiveKind kind,
    long participants,
    int volumes,
    long pages,
    long bytes,
    String language,
    boolean languageFallback) {}
