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
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * The organisation that acts for the participants: the agent of the mandate (agency law: the
 * participant's volmacht) and, for complaints under Art. 80(1) GDPR, a not-for-profit body with
 * public-interest statutory objectives. Immutable and thread-safe; made by {@link #builder()} or
 * read from JSON.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class Organisation {
  @Required
  @PlainText
  @MaxLength(200)
  private final String name;

  @PlainText
  @MaxLength(100)
  private final String legalForm;

  @PlainText
  @MaxLength(100)
  private final String registration;

  @Valid private final Address address;

  @PlainText
  @MaxLength(254)
  @EmailAddress
  private final String email;

  @PlainText
  @MaxLength(200)
  private final String website;

  @PlainText
  @MaxLength(200)
  private final String signatory;

  @PlainText
  @MaxLength(4000)
  private final String statutoryObjectives;

  @LanguageCode private final String statutoryObjectivesLanguage;

  @CountryCode private final String governingLaw;

  @CountryCode private final String constitutedUnder;

  @PlainText
  @MaxLength(500)
  private final String statutes;

  @PlainText
  @MaxLength(500)
  private final String registryExtract;

  /** The one constructor, used by the builder and by the JSON reader. */
  @JsonCreator
  private Organisation(
      @JsonProperty("name") String name,
      @JsonProperty("legalForm") String legalForm,
      @JsonProperty("registration") String registration,
      @JsonProperty("address") Address address,
      @JsonProperty("email") String email,
      @JsonProperty("website") String website,
      @JsonProperty("signatory") String signatory,
      @JsonProperty("statutoryObjectives") String statutoryObjectives,
      @JsonProperty("statutoryObjectivesLanguage") String statutoryObjectivesLanguage,
      @JsonProperty("governingLaw") String governingLaw,
      @JsonProperty("constitutedUnder") String constitutedUnder,
      @JsonProperty("statutes") String statutes,
      @JsonProperty("registryExtract") String registryExtract) {
    this.name = name;
    this.legalForm = legalForm;
    this.registration = registration;
    this.address = address;
    this.email = email;
    this.website = website;
    this.signatory = signatory;
    this.statutoryObjectives = statutoryObjectives;
    this.statutoryObjectivesLanguage = Normalise.language(statutoryObjectivesLanguage);
    this.governingLaw = Normalise.country(governingLaw);
    this.constitutedUnder = Normalise.country(constitutedUnder);
    this.statutes = statutes;
    this.registryExtract = registryExtract;
  }

  /** A builder for an organisation: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /** The legal name. */
  public String name() {
    return name;
  }

  /** The legal form (Stichting, e.V., association loi 1901 …), or null. */
  public String legalForm() {
    return legalForm;
  }

  /** The registration number (e.g. chamber of commerce), or null. */
  public String registration() {
    return registration;
  }

  /** The registered address, or null. */
  public Address address() {
    return address;
  }

  /** The contact e-mail address, where controllers send answers, or null. */
  public String email() {
    return email;
  }

  /** The web site, or null. */
  public String website() {
    return website;
  }

  /** The person who signs on the organisation's behalf, or null. */
  public String signatory() {
    return signatory;
  }

  /** The statutory objectives, for follow-up under Art. 80 GDPR, or null. */
  public String statutoryObjectives() {
    return statutoryObjectives;
  }

  /**
   * The language (ISO 639-1) the statutory objectives are written in, or null: a mandate in another
   * language labels the objectives with it instead of pretending to translate them.
   */
  public String statutoryObjectivesLanguage() {
    return statutoryObjectivesLanguage;
  }

  /**
   * The country (ISO 3166-1 alpha-2) whose law governs the mandates the organisation receives, as
   * set; null: the country of its address. See {@link #governingLawCountry()}.
   */
  public String governingLaw() {
    return governingLaw;
  }

  /**
   * The country whose law governs the mandate (agency law: Art. 3:60 BW, §§ 164 ff. BGB …): {@link
   * #governingLaw()} when set, else the country of the address; null when neither is known.
   */
  public String governingLawCountry() {
    if (governingLaw != null) {
      return governingLaw;
    }
    return address == null ? null : address.country();
  }

  /**
   * The state (ISO 3166-1 alpha-2) under whose law the organisation is constituted (Art. 80(1)
   * GDPR: "properly constituted in accordance with the law of a Member State"), or null for the
   * country of its address.
   */
  public String constitutedUnder() {
    return constitutedUnder;
  }

  /**
   * The statutes as an Art. 80(1) complaint lists them among its enclosures (e.g. "Statuten, akte
   * van 3 maart 2025"), or null for a generic description.
   */
  public String statutes() {
    return statutes;
  }

  /**
   * The extract from the register of legal persons as an Art. 80(1) complaint lists it among its
   * enclosures (e.g. "KvK-uittreksel van 1 november 2026"), or null for a generic description.
   */
  public String registryExtract() {
    return registryExtract;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Organisation other
        && Objects.equals(name, other.name)
        && Objects.equals(legalForm, other.legalForm)
        && Objects.equals(registration, other.registration)
        && Objects.equals(address, other.address)
        && Objects.equals(email, other.email)
        && Objects.equals(website, other.website)
        && Objects.equals(signatory, other.signatory)
        && Objects.equals(statutoryObjectives, other.statutoryObjectives)
        && Objects.equals(statutoryObjectivesLanguage, other.statutoryObjectivesLanguage)
        && Objects.equals(governingLaw, other.governingLaw)
        && Objects.equals(constitutedUnder, other.constitutedUnder)
        && Objects.equals(statutes, other.statutes)
        && Objects.equals(registryExtract, other.registryExtract);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        legalForm,
        registration,
        address,
        email,
        website,
        signatory,
        statutoryObjectives,
        statutoryObjectivesLanguage,
        governingLaw,
        constitutedUnder,
        statutes,
        registryExtract);
  }

  /** The name only: the signatory is a person and the rest is not needed to tell it apart. */
  @Override
  public String toString() {
    return "Organisation[name=" + name + ", <redacted>]";
  }

  /**
   * Builds an {@link Organisation}. Each setting may be made once ({@link IllegalStateException}
   * otherwise) and is checked when made ({@link InvalidInputException} with the field's path and
   * codes); {@link #build()} checks the whole organisation with the codes the JSON reader reports.
   * Not thread-safe.
   */
  public static final class Builder {
    private final BuilderSettings settings = new BuilderSettings(Organisation.class);
    private String name;
    private String legalForm;
    private String registration;
    private Address address;
    private String email;
    private String website;
    private String signatory;
    private String statutoryObjectives;
    private String statutoryObjectivesLanguage;
    private String governingLaw;
    private String constitutedUnder;
    private String statutes;
    private String registryExtract;

    private Builder() {}

    /** The legal name (required): plain text of at most 200 characters. */
    public Builder name(String value) {
      this.name = settings.set("name", value);
      return this;
    }

    /** The legal form, or null: plain text of at most 100 characters. */
    public Builder legalForm(String value) {
      this.legalForm = settings.set("legalForm", value);
      return this;
    }

    /** The registration number, or null: plain text of at most 100 characters. */
    public Builder registration(String value) {
      this.registration = settings.set("registration", value);
      return this;
    }

    /** The registered address, or null. */
    public Builder address(Address value) {
      this.address = settings.set("address", value);
      return this;
    }

    /** The contact e-mail address, or null. */
    public Builder email(String value) {
      this.email = settings.set("email", value);
      return this;
    }

    /** The web site, or null: plain text of at most 200 characters. */
    public Builder website(String value) {
      this.website = settings.set("website", value);
      return this;
    }

    /** The person who signs on the organisation's behalf, or null. */
    public Builder signatory(String value) {
      this.signatory = settings.set("signatory", value);
      return this;
    }

    /** The statutory objectives (Art. 80(1) GDPR), or null: at most 4000 characters. */
    public Builder statutoryObjectives(String value) {
      this.statutoryObjectives = settings.set("statutoryObjectives", value);
      return this;
    }

    /** The language (ISO 639-1) of the statutory objectives, or null. */
    public Builder statutoryObjectivesLanguage(String value) {
      this.statutoryObjectivesLanguage =
          settings.set("statutoryObjectivesLanguage", Normalise.language(value));
      return this;
    }

    /**
     * The country (ISO 3166-1 alpha-2) whose law governs the mandates, or null for the country of
     * the address.
     */
    public Builder governingLaw(String value) {
      this.governingLaw = settings.set("governingLaw", Normalise.country(value));
      return this;
    }

    /** The state under whose law the organisation is constituted (ISO 3166-1), or null. */
    public Builder constitutedUnder(String value) {
      this.constitutedUnder = settings.set("constitutedUnder", value);
      return this;
    }

    /** The statutes as the enclosure list names them, or null: at most 500 characters. */
    public Builder statutes(String value) {
      this.statutes = settings.set("statutes", value);
      return this;
    }

    /** The registry extract as the enclosure list names it, or null: at most 500 characters. */
    public Builder registryExtract(String value) {
      this.registryExtract = settings.set("registryExtract", value);
      return this;
    }

    /**
     * The organisation.
     *
     * @throws InvalidInputException with every violation ({@code REQUIRED} for a missing name)
     */
    public Organisation build() {
      return settings.built(
          new Organisation(
              name,
              legalForm,
              registration,
              address,
              email,
              website,
              signatory,
              statutoryObjectives,
              statutoryObjectivesLanguage,
              governingLaw,
              constitutedUnder,
              statutes,
              registryExtract));
    }
  }
}
