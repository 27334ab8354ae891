package eu.inzage.letters;

import java.time.LocalDate;

/**
 * One dated event a reminder or complaint cites (Art. 77: what happened, and when), e.g. "the
 * controller acknowledged receipt". The text is printed as data, never interpreted.
 *
 * @param date the day it happened
 * @param kind the kind of a request lifecycle event ({@code submitted}, {@code acknowledged} …, the
 *     type names of {@code eu.inzage.core.lifecycle}), printed in the letter's language when there
 *     is no text; or null
 * @param text what happened, in the letter's language; or null to describe the {@code kind}
 */
public record LetterEvent(LocalDate date, String kind, String text) {
  /** An event described by free text. */
  public LetterEvent(LocalDate date, String text) {
    this(date, null, text);
  }

  @Override
  public String toString() {
    return "LetterEvent[date=" + date + ", kind=" + kind + ", <redacted>]";
  }
}
