package eu.inzage.core.docket;

import java.time.LocalDate;

/**
 * The next thing the organisation has to do for a request, and from when.
 *
 * @param kind what to do
 * @param on the day from which it is due, or null when it is due at once (submission)
 */
public record NextAction(Kind kind, LocalDate on) {
  /** What to do. */
  public enum Kind {
    /** Submit the request. */
    SUBMIT,
    /** Remind the controller that the deadline has passed. */
    REMINDER,
    /** Contest an incomplete answer or a bare processor claim in a follow-up letter. */
    FOLLOW_UP,
    /** Lodge a complaint with the supervisory authority (Art. 77). */
    COMPLAINT
  }

  /** Whether the action is due on the given day. */
  public boolean isDueOn(LocalDate day) {
    return on == null || !day.isBefore(on);
  }
}
