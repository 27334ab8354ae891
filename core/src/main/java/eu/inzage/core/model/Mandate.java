package eu.inzage.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.validation.BuilderSettings;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.SlugKey;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mandate (Dutch <i>volmacht</i>, Art. 3:60 BW; German §§164 ff. BGB): the participant authorises
 * the organisation to exercise their rights with the named controllers and to receive the answer
 * and the data on their behalf. Art. 80 GDPR covers only the follow-up (complaint, proceedings,
 * compensation). Holds personal data: {@link #toString()} redacts it. Immutable and thread-safe;
 * made by {@link #builder()} or read from JSON. Its dates are in causal order: {@code validUntil}
 * and {@code revokedOn} are not before {@code signedOn} (a mandate cannot end before it exists).
 */
@Mandate.InOrder
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class Mandate {
  /**
   * How long a mandate without {@code validUntil} stays in force: two years from the day of
   * signature (see {@code docs/law/mandate.md#duration-and-revocation}).
   */
  public static final Period DEFAULT_TERM = Period.ofYears(2);

  @Required @ParticipantId private final String id;

  @Required @Valid private final Participant principal;

  @Required @Valid private final Organisation agent;

  private final List<@SlugKey String> controllers;

  private final Set<Right> rights;

  private final boolean mayReceiveData;

  private final Set<FollowUp> followUp;

  private final boolean subDelegation;

  @Required private final LocalDate signedOn;

  @PlainText
  @MaxLength(200)
  private final String signedAt;

  private final LocalDate validUntil;

  @PlainText
  @MaxLength(1000)
  private final String revocation;

  private final LocalDate revokedOn;

  private final boolean adultDeclared;

  private final List<String> languages;

  @Valid private final SignatureEvidence signature;

  @PlainText
  @MaxLength(64)
  private final String textSha256;

  /** The one constructor, used by the builder and by the JSON reader; orders the collections. */
  @JsonCreator
  private Mandate(
      @JsonProperty("id") String id,
      @JsonProperty("principal") Participant principal,
      @JsonProperty("agent") Organisation agent,
      @JsonProperty("controllers") List<String> controllers,
      @JsonProperty("rights") Set<Right> rights,
      @JsonProperty("mayReceiveData") boolean mayReceiveData,
      @JsonProperty("followUp") Set<FollowUp> followUp,
      @JsonProperty("subDelegation") boolean subDelegation,
      @JsonProperty("signedOn") LocalDate signedOn,
      @JsonProperty("signedAt") String signedAt,
      @JsonProperty("validUntil") LocalDate validUntil,
      @JsonProperty("revocation") String revocation,
      @JsonProperty("revokedOn") LocalDate revokedOn,
      @JsonProperty("adultDeclared") boolean adultDeclared,
      @JsonProperty("languages") List<String> languages,
      @JsonProperty("signature") SignatureEvidence signature,
      @JsonProperty("textSha256") String textSha256) {
    this.id = id;
    this.principal = principal;
    this.agent = agent;
    this.controllers = Normalise.list(controllers);
    this.rights = Normalise.enumSet(rights, Right.class);
    this.mayReceiveData = mayReceiveData;
    this.followUp = Normalise.enumSet(followUp, FollowUp.class);
    this.subDelegation = subDelegation;
    this.signedOn = signedOn;
    this.signedAt = signedAt;
    this.validUntil = validUntil;
    this.revocation = revocation;
    this.revokedOn = revokedOn;
    this.adultDeclared = adultDeclared;
    this.languages = Normalise.list(languages);
    this.signature = signature;
    this.textSha256 = textSha256;
  }

  /** A builder for a mandate: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /** The mandate id (the reference printed in annexes). */
  public String id() {
    return id;
  }

  /** The participant who grants the mandate. */
  public Participant principal() {
    return principal;
  }

  /** The organisation that receives it. */
  public Organisation agent() {
    return agent;
  }

  /** The controllers the mandate covers (slugs); immutable, never null. */
  public List<String> controllers() {
    return controllers;
  }

  /** The rights it covers: Art. 15 including the copy, optionally Arts. 16–21; never null. */
  public Set<Right> rights() {
    return rights;
  }

  /** Whether the organisation may receive the answer and the data on the principal's behalf. */
  public boolean mayReceiveData() {
    return mayReceiveData;
  }

  /** The authorised follow-up (Art. 77 complaint, Arts. 78/79 proceedings, Art. 82); never null. */
  public Set<FollowUp> followUp() {
    return followUp;
  }

  /** Whether the organisation may sub-delegate (e.g. to a lawyer). */
  public boolean subDelegation() {
    return subDelegation;
  }

  /** The date of signature. */
  public LocalDate signedOn() {
    return signedOn;
  }

  /** The place of signature, or null. */
  public String signedAt() {
    return signedAt;
  }

  /** The last day of validity as signed, or null: {@link #lastDay()} then applies the default. */
  public LocalDate validUntil() {
    return validUntil;
  }

  /**
   * The last day the mandate is in force unless revoked earlier: {@code validUntil}, else {@link
   * #lastDay(LocalDate, LocalDate) the default term} after signature.
   */
  public LocalDate lastDay() {
    return lastDay(signedOn, validUntil);
  }

  /**
   * The last day of a mandate signed on {@code signedOn}: {@code validUntil} when given, else the
   * day {@link #DEFAULT_TERM} after signature (a mandate signed on 27 November 2026 ends with 27
   * November 2028).
   */
  public static LocalDate lastDay(LocalDate signedOn, LocalDate validUntil) {
    return validUntil != null ? validUntil : signedOn.plus(DEFAULT_TERM);
  }

  /** How the principal revokes the mandate, or null. */
  public String revocation() {
    return revocation;
  }

  /** The day the mandate was revoked, or null. */
  public LocalDate revokedOn() {
    return revokedOn;
  }

  /** The principal's statement to be at least 18 (a campaign rule). */
  public boolean adultDeclared() {
    return adultDeclared;
  }

  /**
   * The languages of the mandate text: the participant's, and the controller's request language (or
   * English) when they differ; immutable, never null.
   */
  public List<String> languages() {
    return languages;
  }

  /** The evidence of signature, or null. */
  public SignatureEvidence signature() {
    return signature;
  }

  /** The SHA-256 (hex) of the signed text, or null. */
  public String textSha256() {
    return textSha256;
  }

  /**
   * Whether the mandate authorises acting on the given day: signed on or before it, not past its
   * {@link #lastDay()}, not revoked on or before it.
   */
  public boolean isInForceOn(LocalDate day) {
    return !day.isBefore(signedOn)
        && !day.isAfter(lastDay())
        && (revokedOn == null || day.isBefore(revokedOn));
  }

  /** Whether the mandate covers the given controller. */
  public boolean covers(String controllerId) {
    return controllers.contains(controllerId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mandate m
        && Objects.equals(id, m.id)
        && Objects.equals(principal, m.principal)
        && Objects.equals(agent, m.agent)
        && controllers.equals(m.controllers)
        && rights.equals(m.rights)
        && mayReceiveData == m.mayReceiveData
        && followUp.equals(m.followUp)
        && subDelegation == m.subDelegation
        && Objects.equals(signedOn, m.signedOn)
        && Objects.equals(signedAt, m.signedAt)
        && Objects.equals(validUntil, m.validUntil)
        && Objects.equals(revocation, m.revocation)
        && Objects.equals(revokedOn, m.revokedOn)
        && adultDeclared == m.adultDeclared
        && languages.equals(m.languages)
        && Objects.equals(signature, m.signature)
        && Objects.equals(textSha256, m.textSha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        principal,
        agent,
        controllers,
        rights,
        mayReceiveData,
        followUp,
        subDelegation,
        signedOn,
        signedAt,
        validUntil,
        revocation,
        revokedOn,
        adultDeclared,
        languages,
        signature,
        textSha256);
  }

  @Override
  public String toString() {
    return "Mandate[id="
        + id
        + ", principal="
        + (principal == null ? null : principal.id())
        + ", controllers="
        + controllers
        + ", <redacted>]";
  }

  /**
   * Builds a {@link Mandate}. Each setting may be made once ({@link IllegalStateException}
   * otherwise) and is checked when made ({@link InvalidInputException} with the field's path and
   * codes); {@link #build()} checks the whole mandate, principal, agent and signature included,
   * with the codes the JSON reader reports. The three authorisations ({@link #mayReceiveData},
   * {@link #subDelegation}, {@link #adultDeclared}) are false unless set. Not thread-safe.
   */
  public static final class Builder {
    private final BuilderSettings settings = new BuilderSettings(Mandate.class);
    private String id;
    private Participant principal;
    private Organisation agent;
    private List<String> controllers;
    private Set<Right> rights;
    private boolean mayReceiveData;
    private Set<FollowUp> followUp;
    private boolean subDelegation;
    private LocalDate signedOn;
    private String signedAt;
    private LocalDate validUntil;
    private String revocation;
    private LocalDate revokedOn;
    private boolean adultDeclared;
    private List<String> languages;
    private SignatureEvidence signature;
    private String textSha256;

    private Builder() {}

    /** The mandate id (required), {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
    public Builder id(String value) {
      this.id = settings.set("id", value);
      return this;
    }

    /** The participant who grants the mandate (required). */
    public Builder principal(Participant value) {
      this.principal = settings.set("principal", value);
      return this;
    }

    /** The organisation that receives it (required). */
    public Builder agent(Organisation value) {
      this.agent = settings.set("agent", value);
      return this;
    }

    /** The controllers the mandate covers, by slug. */
    public Builder controllers(List<String> values) {
      this.controllers = settings.set("controllers", Normalise.list(values));
      return this;
    }

    /** The rights it covers (Art. 15, optionally Arts. 16–21). */
    public Builder rights(Set<Right> values) {
      this.rights = settings.set("rights", Normalise.enumSet(values, Right.class));
      return this;
    }

    /** Whether the organisation may receive the answer and the data on the principal's behalf. */
    public Builder mayReceiveData(boolean value) {
      this.mayReceiveData = settings.set("mayReceiveData", value);
      return this;
    }

    /** The authorised follow-up (Art. 77 complaint, Arts. 78/79 proceedings, Art. 82). */
    public Builder followUp(Set<FollowUp> values) {
      this.followUp = settings.set("followUp", Normalise.enumSet(values, FollowUp.class));
      return this;
    }

    /** Whether the organisation may sub-delegate (e.g. to a lawyer). */
    public Builder subDelegation(boolean value) {
      this.subDelegation = settings.set("subDelegation", value);
      return this;
    }

    /** The date of signature (required). */
    public Builder signedOn(LocalDate value) {
      this.signedOn = settings.set("signedOn", value);
      return this;
    }

    /** The place of signature, or null: plain text of at most 200 characters. */
    public Builder signedAt(String value) {
      this.signedAt = settings.set("signedAt", value);
      return this;
    }

    /** The last day of validity, or null for the default term ({@link Mandate#DEFAULT_TERM}). */
    public Builder validUntil(LocalDate value) {
      this.validUntil = settings.set("validUntil", value);
      return this;
    }

    /** How the principal revokes the mandate, or null: at most 1000 characters. */
    public Builder revocation(String value) {
      this.revocation = settings.set("revocation", value);
      return this;
    }

    /** The day the mandate was revoked, or null. */
    public Builder revokedOn(LocalDate value) {
      this.revokedOn = settings.set("revokedOn", value);
      return this;
    }

    /** The principal's statement to be at least 18 (a campaign rule). */
    public Builder adultDeclared(boolean value) {
      this.adultDeclared = settings.set("adultDeclared", value);
      return this;
    }

    /** The languages of the mandate text (ISO 639-1). */
    public Builder languages(List<String> values) {
      this.languages = settings.set("languages", Normalise.list(values));
      return this;
    }

    /** The evidence of signature, or null. */
    public Builder signature(SignatureEvidence value) {
      this.signature = settings.set("signature", value);
      return this;
    }

    /** The SHA-256 (hex) of the signed text, or null. */
    public Builder textSha256(String value) {
      this.textSha256 = settings.set("textSha256", value);
      return this;
    }

    /**
     * The mandate.
     *
     * @throws InvalidInputException with every violation (a required field missing is {@code
     *     REQUIRED} at its path; a violation of the principal at {@code principal.…})
     */
    public Mandate build() {
      return settings.built(
          new Mandate(
              id,
              principal,
              agent,
              controllers,
              rights,
              mayReceiveData,
              followUp,
              subDelegation,
              signedOn,
              signedAt,
              validUntil,
              revocation,
              revokedOn,
              adultDeclared,
              languages,
              signature,
              textSha256));
    }
  }

  /**
   * The causal order of a mandate's dates: it cannot expire or be revoked before it was signed. A
   * violation is {@code INVALID_VALUE} at {@code validUntil} or {@code revokedOn}.
   */
  @Documented
  @Constraint(validatedBy = InOrder.Check.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface InOrder {
    String message() default "must not be before signedOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Jakarta Validation's check of {@link InOrder}; run by the validation provider. */
    final class Check implements ConstraintValidator<InOrder, Mandate> {
      @Override
      public boolean isValid(Mandate mandate, ConstraintValidatorContext context) {
        if (mandate == null || mandate.signedOn == null) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = !before(mandate.validUntil, mandate.signedOn, "validUntil", context);
        valid &= !before(mandate.revokedOn, mandate.signedOn, "revokedOn", context);
        return valid;
      }

      private static boolean before(
          LocalDate date, LocalDate signedOn, String field, ConstraintValidatorContext context) {
        if (date == null || !date.isBefore(signedOn)) {
          return false;
        }
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode(field)
            .addConstraintViolation();
        return true;
      }
    }
  }
}
