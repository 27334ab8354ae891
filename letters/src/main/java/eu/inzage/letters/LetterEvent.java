package eu.inzage.letters;

import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import java.time.LocalDate;

/**
 * One dated event a reminder or complaint cites (Art. 77: what happened, and when), e.g. "the
 * controller acknowledged receipt". The text is printed as data, never interpreted. A small value:
 * it is checked where it is used, by {@link LetterFacts.Builder#build()} and by the JSON reader
 * ({@code REQUIRED} without a date, {@code CONTROL_CHARACTERS} for a line break, {@code TOO_LONG}).
 *
 * @param date the day it happened
 * @param kind the kind of a request lifecycle event ({@code submitted}, {@code acknowledged} …, the
 *     type names of {@code eu.inzage.core.lifecycle}), printed in the letter's language when there
 *     is no text; or null
 * @param text what happened, in the letter's language, one line of at most 1000 characters; or null
 *     to describe the {@code kind}
 */
public record LetterEvent(
    @Required LocalDate date,
    @PlainText @MaxLength(64) String kind,
    @PlainText @MaxLength(1000) String text) {
  /** An event described by free text. */
  public LetterEvent(LocalDate date, String text) {
    this(date, null, text);
  }

  @Override
  public String toString() {
    return "LetterEvent[date=" + date + ", kind=" + kind + ", <redacted>]";
  }
}
