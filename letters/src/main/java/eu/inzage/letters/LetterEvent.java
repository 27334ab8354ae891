package eu.inzage.letters;

import java.time.LocalDate;

/**
 * One dated event a reminder or complaint cites (Art. 77: what happened, and when), e.g. "the
 * controller acknowledged receipt". The text is printed as data, never interpreted.
 *
 * @param date the day it happened
 * @param text what happened, in the letter's language
 */
public record LetterEvent(LocalDate date, String text) {
  @Override
  public String toString() {
    return "LetterEvent[date=" + date + ", <redacted>]";
  }
}
