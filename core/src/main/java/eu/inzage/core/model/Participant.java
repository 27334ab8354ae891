package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.CountryCode;
import eu.inzage.core.internal.validation.EmailAddress;
import eu.inzage.core.internal.validation.LanguageCode;
import eu.inzage.core.internal.validation.MaxLength;
import eu.inzage.core.internal.validation.ParticipantId;
import eu.inzage.core.internal.validation.PhoneNumber;
import eu.inzage.core.internal.validation.PlainText;
import eu.inzage.core.internal.validation.Required;
import eu.inzage.core.internal.validation.SlugKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A data subject who takes part in a collective access request (GDPR Art. 4(1), Art. 15). Holds
 * personal data: {@link #toString()} shows only the id and the country of residence.
 *
 * <p>Required for validity: {@code id}, {@code name}, {@code residence}. The rest is optional for
 * validity, but eligibility may still need it (a missing birth date makes a participant ineligible,
 * not invalid).
 *
 * @param id pseudonymous id, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}; part of file and object names
 * @param name full name as the controllers know it
 * @param email contact e-mail address
 * @param phone contact phone number
 * @param birthDate date of birth (for the minimum age of the campaign rules)
 * @param residence country of residence, ISO 3166-1 alpha-2 ({@code EL} is stored as {@code GR});
 *     decides the competent supervisory authority (Art. 77)
 * @param language preferred language, ISO 639-1
 * @param address postal address
 * @param accounts the participant's accounts, by controller slug
 */
public record Participant(
    @Required @ParticipantId String id,
    @Required @PlainText @MaxLength(200) String name,
    @PlainText @MaxLength(254) @EmailAddress String email,
    @PlainText @MaxLength(40) @PhoneNumber String phone,
    @PastOrPresent LocalDate birthDate,
    @Required @CountryCode String residence,
    @LanguageCode String language,
    @Valid Address address,
    Map<@SlugKey String, @Valid Account> accounts) {

  /** Normalises codes and makes the accounts immutable. */
  public Participant {
    residence = Normalise.country(residence);
    language = Normalise.language(language);
    accounts = Normalise.map(accounts);
  }

  /** The participant's account at a controller, if known. */
  public Optional<Account> accountAt(String controllerId) {
    return Optional.ofNullable(accounts.get(controllerId));
  }

  /** A copy with another id (useful when importing participants under new pseudonyms). */
  public Participant withId(String newId) {
    return new Participant(
        newId, name, email, phone, birthDate, residence, language, address, accounts);
  }

  @Override
  public String toString() {
    return "Participant[id=" + id + ", residence=" + residence + ", <redacted>]";
  }
}
