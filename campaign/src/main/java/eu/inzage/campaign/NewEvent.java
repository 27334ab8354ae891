package eu.inzage.campaign;

import eu.inzage.core.lifecycle.RequestEvent;
import java.util.Objects;

/**
 * One event for one request, for {@link CampaignStore#appendAll}: many acknowledgements or
 * submissions of a wave recorded in one transaction.
 *
 * @param reference the request's reference
 * @param event the event to append after the request's events
 */
public record NewEvent(String reference, RequestEvent event) {
  /** Requires both components. */
  public NewEvent {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(event, "event");
  }

  /** The reference and the event's kind: an event's free text (a reason) is never shown. */
  @Override
  public String toString() {
    return "NewEvent[reference=" + reference + ", kind=" + event.kind().code() + "]";
  }
}
