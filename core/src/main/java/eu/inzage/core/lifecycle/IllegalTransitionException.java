package eu.inzage.core.lifecycle;

import eu.inzage.core.InzageException;

/**
 * An event that is not allowed in the request's current status (e.g. {@code fulfilled} before
 * {@code submitted}, anything after {@code withdrawn}). Nothing was changed. The message names the
 * request id, the status and the event, never personal data.
 */
public final class IllegalTransitionException extends InzageException {
  private static final long serialVersionUID = 1L;

  private final RequestStatus status;
  private final EventKind event;

  /** An exception for the given status and kind of event. */
  public IllegalTransitionException(String requestId, RequestStatus status, EventKind event) {
    super(
        "request " + requestId + ": event " + event.code() + " is not allowed in status " + status);
    this.status = status;
    this.event = event;
  }

  /** The status the request was in. */
  public RequestStatus status() {
    return status;
  }

  /** The kind of the rejected event (its code is the JSON {@code type}). */
  public EventKind event() {
    return event;
  }
}
