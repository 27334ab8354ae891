package eu.inzage.campaign;

/**
 * A request claimed by one worker for submission ({@link CampaignStore#claim}). Ids and codes only:
 * safe to log.
 *
 * @param reference the request's reference: the idempotency key of its submission
 * @param campaignId the campaign
 * @param waveId the wave, or null
 * @param participantId the participant's (pseudonymous) id
 * @param controllerId the controller's slug
 * @param language the language of the letter, or null
 */
public record ClaimedRequest(
    String reference,
    String campaignId,
    String waveId,
    String participantId,
    String controllerId,
    String language) {}
