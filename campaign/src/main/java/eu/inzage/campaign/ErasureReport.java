package eu.inzage.campaign;

import eu.inzage.crypto.Erasure;

/**
 * What {@link CampaignStore#erase} erased of one participant (GDPR Art. 17): the registrations, the
 * participant reference and the controllers' free-text reasons of the requests, and the vault's
 * objects (the crypto-shred). Kept are the requests' references, controllers, dates and events
 * without free text: the fact and date of each request, which the organisation must be able to show
 * (Art. 5(2), Art. 12). Ids and counts only: safe to log.
 *
 * @param participantId the participant's id
 * @param registrations registrations deleted
 * @param requests requests kept without the participant reference
 * @param reasons free-text reasons erased from the requests' events
 * @param vault what the vault's shred destroyed
 */
public record ErasureReport(
    String participantId, int registrations, int requests, int reasons, Erasure vault) {}
