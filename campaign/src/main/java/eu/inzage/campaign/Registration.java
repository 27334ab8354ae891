package eu.inzage.campaign;

import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.LanguageCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;

/**
 * A participant's registration in a campaign, minimised to what the campaign's letters and notices
 * need (GDPR Art. 5(1)(c)): no birth date (eligibility was decided before registering), no phone,
 * no address, no accounts. Holds personal data: {@link #toString()} shows the id and country only;
 * the store erases it with the participant (Art. 17).
 *
 * @param participantId the participant's (pseudonymous) id
 * @param name the name the letters carry
 * @param email the address for notices to the participant, or null
 * @param residence the country of residence, ISO 3166-1 alpha-2 (decides the Swiss regime)
 * @param language the language of the letters, ISO 639-1, or null
 */
public record Registration(
    @Required @ParticipantId String participantId,
    @Required @PlainText @MaxLength(200) String name,
    @PlainText @MaxLength(254) @EmailAddress String email,
    @Required @CountryCode String residence,
    @LanguageCode String language) {

  /** The id and country only (GDPR Art. 5(1)(f)). */
  @Override
  public String toString() {
    return "Registration[participantId=" + participantId + ", residence=" + residence + "]";
  }
}
