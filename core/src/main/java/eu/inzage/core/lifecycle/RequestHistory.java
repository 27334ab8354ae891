package eu.inzage.core.lifecycle;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.Slug;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;

/**
 * An access request with its history: the ids that identify it and its immutable, timestamped
 * events in order (GDPR Arts. 12 and 15). Holds ids and a country, no personal data, so it is safe
 * to log. Its JSON form (with {@link eu.inzage.core.json.InzageJson}) is what {@code inzage status}
 * reads. Plain data: its status, new events and deadline come from a {@link Lifecycle} ({@code
 * lifecycle.status(history)}, {@code lifecycle.append(history, event)}), the one configured with
 * the organisation's deadline engine.
 *
 * @param id the request id
 * @param participantId the data subject's (pseudonymous) id, or null
 * @param controllerId the controller's slug
 * @param residence the participant's country of residence (decides the Swiss regime), or null
 * @param events the events, oldest first
 */
public record RequestHistory(
    @Required @ParticipantId String id,
    @ParticipantId String participantId,
    @Required @Slug String controllerId,
    @CountryCode String residence,
    List<@Valid RequestEvent> events) {

  /** Normalises the country and makes the events immutable. */
  public RequestHistory {
    residence = Normalise.country(residence);
    events = Normalise.list(events);
  }

  /** A new history (no events yet) for a request. */
  public static RequestHistory of(AccessRequest request, String residence) {
    return new RequestHistory(
        request.id(), request.participantId(), request.controllerId(), residence, List.of());
  }

  /** A copy with the events replaced (unchecked; {@link Lifecycle} checks on use). */
  RequestHistory withEvents(List<RequestEvent> newEvents) {
    return new RequestHistory(
        id, participantId, controllerId, residence, new ArrayList<>(newEvents));
  }
}
