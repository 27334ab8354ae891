package eu.inzage.core.lifecycle;

/**
 * The status of a request, derived from its events (see the transition table in the package
 * documentation).
 */
public enum RequestStatus {
  /** No event yet: not submitted. */
  NEW(Phase.NOT_SUBMITTED),
  /** Submitted; no reaction yet. */
  SUBMITTED(Phase.OPEN),
  /** The controller confirmed receipt. */
  ACKNOWLEDGED(Phase.OPEN),
  /** The controller asked for identity information and has not received it yet (Art. 12(6)). */
  AWAITING_IDENTITY(Phase.OPEN),
  /** The controller notified the two-month extension (Art. 12(3)). */
  EXTENDED(Phase.OPEN),
  /** A reminder or follow-up was sent and no answer has come since. */
  REMINDED(Phase.OPEN),
  /** Answered in full. */
  FULFILLED(Phase.CLOSED),
  /** Answered in part. */
  PARTIALLY_FULFILLED(Phase.ANSWERED),
  /** Refused (Art. 12(4)). */
  REFUSED(Phase.ANSWERED),
  /** The controller holds no data on the person (a negative confirmation). */
  NO_DATA_HELD(Phase.CLOSED),
  /** The controller claimed to be only a processor (contestable). */
  PROCESSOR_ONLY(Phase.ANSWERED),
  /** A complaint was lodged with a supervisory authority (Art. 77). */
  COMPLAINT_FILED(Phase.ESCALATED),
  /** Withdrawn; final. */
  WITHDRAWN(Phase.CLOSED);

  /** The broad phases the statuses fall into. */
  public enum Phase {
    /** Not yet sent. */
    NOT_SUBMITTED,
    /** Waiting for the controller's answer: the deadline runs. */
    OPEN,
    /** Answered in a way that may be contested (follow-up letter or complaint). */
    ANSWERED,
    /** With a supervisory authority. */
    ESCALATED,
    /** Nothing more to do. */
    CLOSED
  }

  private final Phase phase;

  RequestStatus(Phase phase) {
    this.phase = phase;
  }

  /** The phase of this status. */
  public Phase phase() {
    return phase;
  }

  /** Whether the controller still owes an answer (the deadline runs). */
  public boolean isAwaitingAnswer() {
    return phase == Phase.OPEN;
  }

  /**
   * Whether the controller still owes a complete answer (Art. 12(3), Art. 15): while the request is
   * open, and after a partial answer, which does not stop the period running. The docket counts
   * such a request as overdue from the day after its due date.
   */
  public boolean owesCompleteAnswer() {
    return phase == Phase.OPEN || this == PARTIALLY_FULFILLED;
  }
}
