package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.validation.constraints.LanguageCode;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.Slug;
import java.time.Instant;
import java.util.Set;

/**
 * One participant's request to one controller under Art. 15 GDPR (optionally with further rights of
 * Arts. 16–22). Holds ids, not personal data, and is safe to log.
 *
 * @param id request id, same grammar as participant ids
 * @param participantId the data subject
 * @param controllerId the controller's slug
 * @param rights the rights exercised; at least {@link Right#ACCESS}
 * @param items the Art. 15 items asked for (normally all of {@link AccessItem})
 * @param language the language of the letter, ISO 639-1
 * @param mandateId the mandate under which the organisation acts, or null when the participant
 *     writes in their own name
 * @param campaignId the campaign, or null
 * @param waveId the wave of the campaign, or null
 * @param createdAt when the request was created
 */
public record AccessRequest(
    @Required @ParticipantId String id,
    @Required @ParticipantId String participantId,
    @Required @Slug String controllerId,
    Set<Right> rights,
    Set<AccessItem> items,
    @LanguageCode String language,
    @ParticipantId String mandateId,
    @ParticipantId String campaignId,
    @ParticipantId String waveId,
    Instant createdAt) {

  /** Makes the sets immutable and ordered; an empty set of rights means {@link Right#ACCESS}. */
  public AccessRequest {
    rights = Normalise.enumSet(rights, Right.class);
    if (rights.isEmpty()) {
      rights = Set.of(Right.ACCESS);
    }
    items = Normalise.enumSet(items, AccessItem.class);
    language = Normalise.language(language);
  }
}
