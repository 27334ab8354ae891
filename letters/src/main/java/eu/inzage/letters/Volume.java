package eu.inzage.letters;

/**
 * One volume of a collective letter: a PDF/A-2b file with the letter, the annex for its
 * participants and their mandates. Volumes are handed out one at a time so that a wave of any size
 * is written with bounded memory.
 *
 * @param number the volume's number, from 1
 * @param volumes how many volumes the letter has
 * @param first the position of the volume's first participant in the wave, from 1
 * @param participants how many participants the volume covers
 * @param language the language the letter is written in
 * @param languageFallback whether the wanted language had no template, so English was used
 * @param pdf the file
 * @param authority for a complaint, the code of the authority it goes to: the country ({@code NL})
 *     or, for a German Land, the ISO 3166-2 code ({@code DE-BY}); null for a cover letter. Number,
 *     volumes and first count within that authority's complaint.
 */
public record Volume(
    int number,
    int volumes,
    long first,
    int participants,
    String language,
    boolean languageFallback,
    LetterPdf pdf,
    String authority) {
  /** A volume of a letter that goes to no authority (a cover letter). */
  public Volume(
      int number,
      int volumes,
      long first,
      int participants,
      String language,
      boolean languageFallback,
      LetterPdf pdf) {
    this(number, volumes, first, participants, language, languageFallback, pdf, null);
  }
}
