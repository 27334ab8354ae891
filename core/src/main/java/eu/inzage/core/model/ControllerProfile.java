package eu.inzage.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.BuilderSettings;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.LanguageCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.Slug;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Inzage knows about a controller (GDPR Art. 4(7)): who it is, where requests go, which
 * calendar counts its deadline and which identifiers it needs. Contains no personal data and is
 * safe to log. Immutable and thread-safe; made by {@link #builder()}, read from JSON, or taken from
 * the built-in catalogue ({@code ControllerProfiles.builtIn()}).
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class ControllerProfile {
  @Required @Slug private final String id;

  @Required
  @PlainText
  @MaxLength(300)
  private final String legalName;

  @Valid private final Address address;

  private final List<@Valid ContactChannel> channels;

  private final ChannelType preferredChannel;

  @Required @CountryCode private final String establishment;

  @CountryCode private final String leadAuthority;

  @Valid private final Representative representative;

  @Required private final ZoneId zone;

  @CountryCode private final String deadlineCountry;

  @Required @LanguageCode private final String requestLanguage;

  private final List<String> identifiers;

  private final LocalDate lastVerified;

  /** The one constructor, used by the builder and by the JSON reader; normalises codes. */
  @JsonCreator
  private ControllerProfile(
      @JsonProperty("id") String id,
      @JsonProperty("legalName") String legalName,
      @JsonProperty("address") Address address,
      @JsonProperty("channels") List<ContactChannel> channels,
      @JsonProperty("preferredChannel") ChannelType preferredChannel,
      @JsonProperty("establishment") String establishment,
      @JsonProperty("leadAuthority") String leadAuthority,
      @JsonProperty("representative") Representative representative,
      @JsonProperty("zone") ZoneId zone,
      @JsonProperty("deadlineCountry") String deadlineCountry,
      @JsonProperty("requestLanguage") String requestLanguage,
      @JsonProperty("identifiers") List<String> identifiers,
      @JsonProperty("lastVerified") LocalDate lastVerified) {
    this.id = id;
    this.legalName = legalName;
    this.address = address;
    this.channels = Normalise.list(channels);
    this.preferredChannel = preferredChannel;
    this.establishment = Normalise.country(establishment);
    this.leadAuthority = Normalise.country(leadAuthority);
    this.representative = representative;
    this.zone = zone;
    this.deadlineCountry = Normalise.country(deadlineCountry);
    this.requestLanguage = Normalise.language(requestLanguage);
    this.identifiers = Normalise.list(identifiers);
    this.lastVerified = lastVerified;
  }

  /** A builder for a controller profile: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /** The slug, e.g. {@code tiktok}. */
  public String id() {
    return id;
  }

  /** The controller's legal name. */
  public String legalName() {
    return legalName;
  }

  /** The postal address of the entity that answers, or null. */
  public Address address() {
    return address;
  }

  /** The official channels for requests; immutable, never null. */
  public List<ContactChannel> channels() {
    return channels;
  }

  /** The channel the controller asks requests to use, or null. */
  public ChannelType preferredChannel() {
    return preferredChannel;
  }

  /** The country of the controller's (main) establishment, ISO 3166-1 alpha-2. */
  public String establishment() {
    return establishment;
  }

  /**
   * The country of the lead supervisory authority (Art. 56), or null when there is none (no main
   * establishment in the Union).
   */
  public String leadAuthority() {
    return leadAuthority;
  }

  /** The Art. 27 representative in the Union, or null. */
  public Representative representative() {
    return representative;
  }

  /** The time zone in which the receipt day is counted (Art. 12(3)). */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The Member State whose public holidays count for the deadline (Regulation 1182/71), or null for
   * weekends only.
   */
  public String deadlineCountry() {
    return deadlineCountry;
  }

  /** The language in which the controller takes requests, ISO 639-1. */
  public String requestLanguage() {
    return requestLanguage;
  }

  /**
   * The participant identifiers the controller needs ({@code username}, {@code email}, {@code
   * phone}, {@code userId}); immutable, never null.
   */
  public List<String> identifiers() {
    return identifiers;
  }

  /** When the facts were last checked against the controller's own pages, or null. */
  public LocalDate lastVerified() {
    return lastVerified;
  }

  /** The first channel of the given type, if the controller has one. */
  public Optional<ContactChannel> channel(ChannelType type) {
    return channels.stream().filter(c -> c.type() == type).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ControllerProfile p
        && Objects.equals(id, p.id)
        && Objects.equals(legalName, p.legalName)
        && Objects.equals(address, p.address)
        && channels.equals(p.channels)
        && preferredChannel == p.preferredChannel
        && Objects.equals(establishment, p.establishment)
        && Objects.equals(leadAuthority, p.leadAuthority)
        && Objects.equals(representative, p.representative)
        && Objects.equals(zone, p.zone)
        && Objects.equals(deadlineCountry, p.deadlineCountry)
        && Objects.equals(requestLanguage, p.requestLanguage)
        && identifiers.equals(p.identifiers)
        && Objects.equals(lastVerified, p.lastVerified);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        legalName,
        address,
        channels,
        preferredChannel,
        establishment,
        leadAuthority,
        representative,
        zone,
        deadlineCountry,
        requestLanguage,
        identifiers,
        lastVerified);
  }

  /** The controller's facts (no personal data). */
  @Override
  public String toString() {
    return "ControllerProfile[id="
        + id
        + ", legalName="
        + legalName
        + ", establishment="
        + establishment
        + ", leadAuthority="
        + leadAuthority
        + ", zone="
        + zone
        + ", deadlineCountry="
        + deadlineCountry
        + ", requestLanguage="
        + requestLanguage
        + ", preferredChannel="
        + preferredChannel
        + ", lastVerified="
        + lastVerified
        + "]";
  }

  /**
   * Builds a {@link ControllerProfile}. Each setting may be made once ({@link
   * IllegalStateException} otherwise) and is checked when made ({@link InvalidInputException} with
   * the field's path and codes); {@link #build()} checks the whole profile, address, channels and
   * representative included, with the codes the JSON reader reports. Not thread-safe.
   */
  public static final class Builder {
    private final BuilderSettings settings = new BuilderSettings(ControllerProfile.class);
    private String id;
    private String legalName;
    private Address address;
    private List<ContactChannel> channels;
    private ChannelType preferredChannel;
    private String establishment;
    private String leadAuthority;
    private Representative representative;
    private ZoneId zone;
    private String deadlineCountry;
    private String requestLanguage;
    private List<String> identifiers;
    private LocalDate lastVerified;

    private Builder() {}

    /** The slug (required): lower-case letters, digits and hyphens, e.g. {@code tiktok}. */
    public Builder id(String value) {
      this.id = settings.set("id", value);
      return this;
    }

    /** The legal name (required): plain text of at most 300 characters. */
    public Builder legalName(String value) {
      this.legalName = settings.set("legalName", value);
      return this;
    }

    /** The postal address of the entity that answers, or null. */
    public Builder address(Address value) {
      this.address = settings.set("address", value);
      return this;
    }

    /** The official channels for requests, in order of preference. */
    public Builder channels(List<ContactChannel> values) {
      this.channels = settings.set("channels", Normalise.list(values));
      return this;
    }

    /** The channel the controller asks requests to use, or null. */
    public Builder preferredChannel(ChannelType value) {
      this.preferredChannel = settings.set("preferredChannel", value);
      return this;
    }

    /** The country of the (main) establishment (required), ISO 3166-1 alpha-2 in any case. */
    public Builder establishment(String value) {
      this.establishment = settings.set("establishment", Normalise.country(value));
      return this;
    }

    /** The country of the lead supervisory authority (Art. 56), or null when there is none. */
    public Builder leadAuthority(String value) {
      this.leadAuthority = settings.set("leadAuthority", Normalise.country(value));
      return this;
    }

    /** The Art. 27 representative, or null. */
    public Builder representative(Representative value) {
      this.representative = settings.set("representative", value);
      return this;
    }

    /** The time zone in which the receipt day is counted (required). */
    public Builder zone(ZoneId value) {
      this.zone = settings.set("zone", value);
      return this;
    }

    /** The Member State whose public holidays count, or null for weekends only. */
    public Builder deadlineCountry(String value) {
      this.deadlineCountry = settings.set("deadlineCountry", Normalise.country(value));
      return this;
    }

    /** The language in which the controller takes requests (required), ISO 639-1 in any case. */
    public Builder requestLanguage(String value) {
      this.requestLanguage = settings.set("requestLanguage", Normalise.language(value));
      return this;
    }

    /** The participant identifiers the controller needs ({@code username}, {@code email} …). */
    public Builder identifiers(List<String> values) {
      this.identifiers = settings.set("identifiers", Normalise.list(values));
      return this;
    }

    /** When the facts were last checked against the controller's own pages, or null. */
    public Builder lastVerified(LocalDate value) {
      this.lastVerified = settings.set("lastVerified", value);
      return this;
    }

    /**
     * The profile.
     *
     * @throws InvalidInputException with every violation (a required field missing is {@code
     *     REQUIRED} at its path)
     */
    public ControllerProfile build() {
      return settings.built(
          new ControllerProfile(
              id,
              legalName,
              address,
              channels,
              preferredChannel,
              establishment,
              leadAuthority,
              representative,
              zone,
              deadlineCountry,
              requestLanguage,
              identifiers,
              lastVerified));
    }
  }
}
