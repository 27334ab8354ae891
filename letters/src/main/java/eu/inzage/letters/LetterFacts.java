package eu.inzage.letters;

import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.SignatureEvidence;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a letter states about the request it follows up: the date the request reached the
 * controller, the due date of Art. 12(3), the Art. 15 items still missing and the events so far;
 * for a mandate, the signature and its terms (LAW.md §3). Every field is optional: a letter states
 * only what it knows. Read from JSON with {@code InzageJson.strict()}.
 *
 * @param received the day the request reached the controller (Art. 12(3))
 * @param due the last day of the period for the answer
 * @param missing the Art. 15 items the controller has not yet provided
 * @param events dated events to cite, oldest first
 * @param signature the participant's signature of the mandate, if signed
 * @param signedOn the day the mandate was signed
 * @param signedAt the place of signature
 * @param validUntil the last day the mandate is in force (null: until revoked)
 * @param subDelegation whether the organisation may sub-delegate (null: yes, to a lawyer)
 */
public record LetterFacts(
    LocalDate received,
    LocalDate due,
    Set<AccessItem> missing,
    List<LetterEvent> events,
    SignatureEvidence signature,
    LocalDate signedOn,
    String signedAt,
    LocalDate validUntil,
    Boolean subDelegation) {
  /** Copies the collections; null becomes empty. */
  public LetterFacts {
    missing =
        missing == null || missing.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(missing));
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** Facts that state nothing. */
  public static LetterFacts none() {
    return new LetterFacts(null, null, null, null, null, null, null, null, null);
  }

  /** Facts with the received and due dates of a request (Art. 12(3)). */
  public static LetterFacts dates(LocalDate received, LocalDate due) {
    return new LetterFacts(received, due, null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "LetterFacts[received="
        + received
        + ", due="
        + due
        + ", missing="
        + missing
        + ", events="
        + events.size()
        + ", <redacted>]";
  }
}
