package eu.inzage.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.BuilderSettings;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.LanguageCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PhoneNumber;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.SlugKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A data subject who takes part in a collective access request (GDPR Art. 4(1), Art. 15). Holds
 * personal data: {@link #toString()} shows only the id and the country of residence. Immutable and
 * thread-safe; made by {@link #builder()} or read from JSON ({@code ModelValidator.read}).
 *
 * <p>Required for validity: {@code id}, {@code name}, {@code residence}. The rest is optional for
 * validity, but eligibility may still need it (a missing birth date makes a participant ineligible,
 * not invalid).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class Participant {
  @Required @ParticipantId private final String id;

  @Required
  @PlainText
  @MaxLength(200)
  private final String name;

  @PlainText
  @MaxLength(254)
  @EmailAddress
  private final String email;

  @PlainText
  @MaxLength(40)
  @PhoneNumber
  private final String phone;

  @PastOrPresent private final LocalDate birthDate;

  @Required @CountryCode private final String residence;

  @LanguageCode private final String language;

  @Valid private final Address address;

  private final Map<@SlugKey String, @Valid Account> accounts;

  /** The one constructor, used by the builder and by the JSON reader; normalises codes. */
  @JsonCreator
  private Participant(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("email") String email,
      @JsonProperty("phone") String phone,
      @JsonProperty("birthDate") LocalDate birthDate,
      @JsonProperty("residence") String residence,
      @JsonProperty("language") String language,
      @JsonProperty("address") Address address,
      @JsonProperty("accounts") Map<String, Account> accounts) {
    this.id = id;
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.birthDate = birthDate;
    this.residence = Normalise.country(residence);
    this.language = Normalise.language(language);
    this.address = address;
    this.accounts = Normalise.map(accounts);
  }

  /** A builder for a participant: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The pseudonymous id, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}; part of file and object names.
   */
  public String id() {
    return id;
  }

  /** The full name as the controllers know it. */
  public String name() {
    return name;
  }

  /** The contact e-mail address, or null. */
  public String email() {
    return email;
  }

  /** The contact phone number, or null. */
  public String phone() {
    return phone;
  }

  /** The date of birth (for the minimum age of the campaign rules), or null. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The country of residence, ISO 3166-1 alpha-2 ({@code EL} is stored as {@code GR}); decides the
   * competent supervisory authority (Art. 77).
   */
  public String residence() {
    return residence;
  }

  /** The preferred language, ISO 639-1, or null. */
  public String language() {
    return language;
  }

  /** The postal address, or null. */
  public Address address() {
    return address;
  }

  /** The participant's accounts, by controller slug; immutable, never null. */
  public Map<String, Account> accounts() {
    return accounts;
  }

  /** The participant's account at a controller, if known. */
  public Optional<Account> accountAt(String controllerId) {
    return Optional.ofNullable(accounts.get(controllerId));
  }

  /**
   * A copy with another id (useful when importing participants under new pseudonyms).
   *
   * @throws InvalidInputException when the id is not a valid participant id
   */
  public Participant withId(String newId) {
    new BuilderSettings(Participant.class).set("id", newId);
    return new Participant(
        newId, name, email, phone, birthDate, residence, language, address, accounts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Participant p
        && Objects.equals(id, p.id)
        && Objects.equals(name, p.name)
        && Objects.equals(email, p.email)
        && Objects.equals(phone, p.phone)
        && Objects.equals(birthDate, p.birthDate)
        && Objects.equals(residence, p.residence)
        && Objects.equals(language, p.language)
        && Objects.equals(address, p.address)
        && accounts.equals(p.accounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, email, phone, birthDate, residence, language, address, accounts);
  }

  @Override
  public String toString() {
    return "Participant[id=" + id + ", residence=" + residence + ", <redacted>]";
  }

  /**
   * Builds a {@link Participant}. Each setting may be made once ({@link IllegalStateException}
   * otherwise) and is checked when made ({@link InvalidInputException} with the field's path and
   * codes); {@link #build()} checks the whole participant, nested address and accounts included,
   * with the codes the JSON reader reports. A birth date in the future ({@code FUTURE_DATE}) needs
   * a clock and is judged by {@code ModelValidator.create(clock)}. Not thread-safe.
   */
  public static final class Builder {
    private final BuilderSettings settings = new BuilderSettings(Participant.class);
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private String id;
    private String name;
    private String email;
    private String phone;
    private LocalDate birthDate;
    private String residence;
    private String language;
    private Address address;

    private Builder() {}

    /** The pseudonymous id (required), {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
    public Builder id(String value) {
      this.id = settings.set("id", value);
      return this;
    }

    /** The full name (required): plain text of at most 200 characters, no line breaks. */
    public Builder name(String value) {
      this.name = settings.set("name", value);
      return this;
    }

    /** The contact e-mail address, or null. */
    public Builder email(String value) {
      this.email = settings.set("email", value);
      return this;
    }

    /** The contact phone number, or null: an optional +, then 7 to 15 digits. */
    public Builder phone(String value) {
      this.phone = settings.set("phone", value);
      return this;
    }

    /** The date of birth, or null. */
    public Builder birthDate(LocalDate value) {
      this.birthDate = settings.set("birthDate", value);
      return this;
    }

    /**
     * The country of residence (required), ISO 3166-1 alpha-2 in any case; {@code EL} is taken as
     * {@code GR}.
     */
    public Builder residence(String value) {
      this.residence = settings.set("residence", Normalise.country(value));
      return this;
    }

    /** The preferred language, ISO 639-1 in any case, or null. */
    public Builder language(String value) {
      this.language = settings.set("language", Normalise.language(value));
      return this;
    }

    /** The postal address, or null. */
    public Builder address(Address value) {
      this.address = settings.set("address", value);
      return this;
    }

    /**
     * The account at one controller, under the controller's slug; one call per controller.
     *
     * @throws IllegalStateException when an account at that controller was already set
     */
    public Builder account(String controllerId, Account value) {
      Objects.requireNonNull(controllerId, "controllerId");
      Objects.requireNonNull(value, "value");
      if (accounts.containsKey(controllerId)) {
        throw new IllegalStateException("an account at this controller was already set");
      }
      settings.check("accounts", Map.of(controllerId, value));
      accounts.put(controllerId, value);
      return this;
    }

    /**
     * Accounts by controller slug, added to those set with {@link #account}; each controller may
     * have one account.
     *
     * @throws IllegalStateException when called twice or when a controller already has an account
     */
    public Builder accounts(Map<String, Account> values) {
      Map<String, Account> copy = Normalise.map(values);
      for (String controllerId : copy.keySet()) {
        if (accounts.containsKey(controllerId)) {
          throw new IllegalStateException("an account at this controller was already set");
        }
      }
      settings.set("accounts", copy);
      accounts.putAll(copy);
      return this;
    }

    /**
     * The participant.
     *
     * @throws InvalidInputException with every violation (a required field missing is {@code
     *     REQUIRED} at its path)
     */
    public Participant build() {
      return settings.built(
          new Participant(
              id, name, email, phone, birthDate, residence, language, address, accounts));
    }
  }
}
