package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.CountryCode;
import eu.inzage.core.internal.validation.LanguageCode;
import eu.inzage.core.internal.validation.MaxLength;
import eu.inzage.core.internal.validation.PlainText;
import eu.inzage.core.internal.validation.Required;
import eu.inzage.core.internal.validation.Slug;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What Inzage knows about a controller (GDPR Art. 4(7)): who it is, where requests go, which
 * calendar counts its deadline and which identifiers it needs. Contains no personal data and is
 * safe to log.
 *
 * @param id slug, e.g. {@code tiktok}
 * @param legalName the controller's legal name
 * @param address postal address of the entity that answers
 * @param channels official channels for requests
 * @param preferredChannel the channel the controller asks requests to use
 * @param establishment country of the controller's (main) establishment, ISO 3166-1 alpha-2
 * @param leadAuthority country of the lead supervisory authority (Art. 56), or null when there is
 *     none (no main establishment in the Union)
 * @param representative the Art. 27 representative, or null
 * @param zone the time zone in which the receipt day is counted (see {@code
 *     docs/law/deadlines.md#receipt-day})
 * @param deadlineCountry the Member State whose public holidays count (see {@code
 *     docs/law/deadlines.md#deadline-country}), or null for weekends only
 * @param requestLanguage the language in which the controller takes requests, ISO 639-1
 * @param identifiers the participant identifiers the controller needs ({@code username}, {@code
 *     email}, {@code phone}, {@code userId})
 * @param lastVerified when the facts were last checked against the controller's own pages
 */
public record ControllerProfile(
    @Required @Slug String id,
    @Required @PlainText @MaxLength(300) String legalName,
    @Valid Address address,
    List<@Valid ContactChannel> channels,
    ChannelType preferredChannel,
    @Required @CountryCode String establishment,
    @CountryCode String leadAuthority,
    @Valid Representative representative,
    @Required ZoneId zone,
    @CountryCode String deadlineCountry,
    @Required @LanguageCode String requestLanguage,
    List<String> identifiers,
    LocalDate lastVerified) {

  /** Normalises codes and makes the lists immutable. */
  public ControllerProfile {
    establishment = Normalise.country(establishment);
    leadAuthority = Normalise.country(leadAuthority);
    deadlineCountry = Normalise.country(deadlineCountry);
    requestLanguage = Normalise.language(requestLanguage);
    channels = Normalise.list(channels);
    identifiers = Normalise.list(identifiers);
  }

  /** The first channel of the given type, if the controller has one. */
  public Optional<ContactChannel> channel(ChannelType type) {
    return channels.stream().filter(c -> c.type() == type).findFirst();
  }
}
