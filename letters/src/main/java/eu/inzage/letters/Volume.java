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
 */
public record Volume(
    int number,
    int volumes,
    long first,
    int participants,
    String language,
    boolean languageFallback,
    LetterPdf pdf) {}
