package eu.inzage.letters;

import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.SignatureEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a letter states about the request it follows up: the date the request reached the
 * controller, the due date of Art. 12(3), the Art. 15 items still missing and the events so far;
 * for a mandate, the signature and its terms (see {@code docs/law/mandate.md}). Every field is
 * optional: a letter states only what it knows. Read from JSON with {@code InzageJson.strict()}.
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

  /**
   * The facts of a tracked request (the library's request JSON with its events): the receipt day
   * and the due date from the deadline engine (Art. 12(3); see {@code docs/law/deadlines.md}),
   * every event as a dated line, and the Art. 15 items still missing: all of them while the
   * controller has sent nothing or only claimed to be a processor without naming the controllers
   * (see {@code docs/controllers.md}), none once it answered, refused or said it holds no data
   * (what a partial answer lacks comes from an assessment, not from the events).
   *
   * @param history the request and its events
   * @param controller the controller's profile (time zone and holiday calendar)
   * @param asOf the day the letter is written (an identity pause still open counts until then)
   */
  public static LetterFacts fromHistory(
      RequestHistory history, ControllerProfile controller, LocalDate asOf) {
    Lifecycle lifecycle = Lifecycle.standard();
    Optional<Deadline> deadline = lifecycle.deadline(history, controller, asOf);
    List<LetterEvent> events = new ArrayList<>();
    boolean answered = false;
    for (RequestEvent event : history.events()) {
      events.add(
          new LetterEvent(
              DeadlineEngine.receiptDay(event.at(), controller.zone()), event.kind(), null));
      answered |=
          event instanceof RequestEvent.Fulfilled
              || event instanceof RequestEvent.PartiallyFulfilled
              || event instanceof RequestEvent.Refused
              || event instanceof RequestEvent.NoDataHeld;
    }
    boolean submitted = deadline.isPresent();
    Set<AccessItem> missing = submitted && !answered ? EnumSet.allOf(AccessItem.class) : Set.of();
    return new LetterFacts(
        deadline.map(Deadline::received).orElse(null),
        deadline.map(Deadline::due).orElse(null),
        missing,
        events,
        null,
        null,
        null,
        null,
        null);
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
