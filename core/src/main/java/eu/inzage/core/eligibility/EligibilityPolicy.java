package eu.inzage.core.eligibility;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.Territories;
import eu.inzage.core.internal.TextRules;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Participant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may join a collective access request: a territory of residence, a minimum age, required
 * fields and whether a signed mandate is required (GDPR Art. 80(1) with Art. 15). A policy holds
 * rules only; the reference date is an argument of {@link #check(Participant, Mandate, LocalDate)},
 * so a check cannot run without one. Immutable, thread-safe, free of personal data and safe to log.
 * Build one with {@link #builder(String)}, or take the built-in {@link #somi2021()}.
 */
public final class EligibilityPolicy {
  /** The name of the built-in SOMI 2021 policy. */
  public static final String SOMI_2021 = "somi-2021";

  private static final EligibilityPolicy SOMI =
      builder(SOMI_2021)
          .territory(Territories.EEA_AND_CH)
          .minimumAge(18)
          .requiredFields(ParticipantField.RESIDENCE, ParticipantField.BIRTH_DATE)
          .mandateRequired(false)
          .build();

  private static final Map<String, EligibilityPolicy> BUILT_IN = Map.of(SOMI_2021, SOMI);

  private final String name;
  private final Set<String> territory;
  private final int minimumAge;
  private final Set<ParticipantField> requiredFields;
  private final boolean mandateRequired;

  private EligibilityPolicy(
      String name,
      Set<String> territory,
      int minimumAge,
      Set<ParticipantField> requiredFields,
      boolean mandateRequired) {
    this.name = name;
    this.territory = territory;
    this.minimumAge = minimumAge;
    this.requiredFields = requiredFields;
    this.mandateRequired = mandateRequired;
  }

  /**
   * The SOMI 2021 campaign rules: residents of the EU-27, IS, LI, NO and CH, aged 18 or over on the
   * date of the check; no mandate required by the policy itself (campaign registration adds that).
   */
  public static EligibilityPolicy somi2021() {
    return SOMI;
  }

  /**
   * A built-in policy by name.
   *
   * @throws InvalidInputException naming the field {@code policy} for an unknown name
   */
  public static EligibilityPolicy named(String name) {
    EligibilityPolicy policy =
        name == null ? null : BUILT_IN.get(Normalise.asciiLower(name.strip()));
    if (policy == null) {
      throw new InvalidInputException(
          "policy", ViolationCode.INVALID_VALUE, "unknown policy; known: " + names());
    }
    return policy;
  }

  /** The names of the built-in policies. */
  public static Set<String> names() {
    return new TreeSet<>(BUILT_IN.keySet());
  }

  /** A strict builder for a policy with the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Checks a participant on a reference date: every reason at once. The date is always the caller's
   * (a campaign's submission day, a wave's day, today by the organisation's clock), so a policy is
   * reused across waves and no check can run without one. Someone who turns the minimum age on that
   * date is old enough; a person born on 29 February turns a year older on 1 March in common years.
   * A required mandate must be signed by the participant and in force on that date.
   *
   * @param participant the participant
   * @param mandate the participant's mandate, or null when there is none
   * @param on the reference date
   */
  public Eligibility check(Participant participant, Mandate mandate, LocalDate on) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(on, "on");
    EnumSet<EligibilityReason> reasons = EnumSet.noneOf(EligibilityReason.class);
    for (ParticipantField field : requiredFields) {
      if (!field.isPresentIn(participant)) {
        reasons.add(field.missingReason());
      }
    }
    String residence = Normalise.country(participant.residence());
    if (residence == null || residence.isBlank()) {
      if (!territory.isEmpty()) {
        reasons.add(EligibilityReason.RESIDENCE_MISSING);
      }
    } else if (!territory.isEmpty() && !territory.contains(residence)) {
      reasons.add(EligibilityReason.RESIDENCE_OUTSIDE_TERRITORY);
    }
    if (minimumAge > 0) {
      LocalDate born = participant.birthDate();
      if (born == null) {
        reasons.add(EligibilityReason.BIRTH_DATE_MISSING);
      } else if (born.isAfter(on) || Period.between(born, on).getYears() < minimumAge) {
        reasons.add(EligibilityReason.UNDER_MINIMUM_AGE);
      }
    }
    if (mandateRequired && !validMandate(participant, mandate, on)) {
      reasons.add(EligibilityReason.MANDATE_MISSING);
    }
    return new Eligibility(name, reasons.isEmpty(), List.copyOf(reasons));
  }

  private static boolean validMandate(Participant participant, Mandate mandate, LocalDate on) {
    return mandate != null
        && mandate.signature() != null
        && mandate.principal() != null
        && Objects.equals(mandate.principal().id(), participant.id())
        && mandate.isInForceOn(on);
  }

  /** The policy's name. */
  public String name() {
    return name;
  }

  /** The countries of residence admitted (ISO 3166-1 alpha-2, Greece as {@code GR}); empty: any. */
  public Set<String> territory() {
    return territory;
  }

  /** The minimum age on the date of the check (0: none). */
  public int minimumAge() {
    return minimumAge;
  }

  /** The fields a participant must have. */
  public Set<ParticipantField> requiredFields() {
    return requiredFields;
  }

  /** Whether a signed mandate in force is required. */
  public boolean mandateRequired() {
    return mandateRequired;
  }

  @Override
  public String toString() {
    return "EligibilityPolicy["
        + name
        + ", territory="
        + new TreeSet<>(territory)
        + ", minimumAge="
        + minimumAge
        + ", requiredFields="
        + requiredFields
        + ", mandateRequired="
        + mandateRequired
        + "]";
  }

  /** A strict builder: every setter once, every value checked when set. */
  public static final class Builder {
    private final String name;
    private Set<String> territory;
    private Integer minimumAge;
    private Set<ParticipantField> requiredFields;
    private Boolean mandateRequired;

    private Builder(String name) {
      if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
        throw new IllegalArgumentException("name must match [a-z0-9][a-z0-9._-]{0,63}");
      }
      this.name = name;
    }

    /**
     * The countries of residence admitted, ISO 3166-1 alpha-2 ({@code EL} is taken as {@code GR}).
     */
    public Builder territory(Collection<String> countries) {
      if (territory != null) {
        throw new IllegalStateException("territory was already set to " + new TreeSet<>(territory));
      }
      Set<String> normalised = new TreeSet<>();
      for (String country : countries) {
        String code = Normalise.country(Objects.requireNonNull(country, "country"));
        if (!TextRules.isCountry(code)) {
          throw new IllegalArgumentException("territory: not an ISO 3166-1 alpha-2 code: " + code);
        }
        normalised.add(code);
      }
      this.territory = Set.copyOf(normalised);
      return this;
    }

    /** The minimum age in years on the date of the check (0 for none). */
    public Builder minimumAge(int years) {
      if (minimumAge != null) {
        throw new IllegalStateException("minimumAge was already set to " + minimumAge);
      }
      if (years < 0 || years > 150) {
        throw new IllegalArgumentException("minimumAge must be 0..150, was " + years);
      }
      this.minimumAge = years;
      return this;
    }

    /** The fields a participant must have. */
    public Builder requiredFields(ParticipantField... fields) {
      if (requiredFields != null) {
        throw new IllegalStateException("requiredFields was already set to " + requiredFields);
      }
      EnumSet<ParticipantField> set = EnumSet.noneOf(ParticipantField.class);
      for (ParticipantField field : fields) {
        set.add(Objects.requireNonNull(field, "field"));
      }
      this.requiredFields = java.util.Collections.unmodifiableSet(set);
      return this;
    }

    /** Whether a signed mandate, in force on the date of the check, is required. */
    public Builder mandateRequired(boolean required) {
      if (mandateRequired != null) {
        throw new IllegalStateException("mandateRequired was already set to " + mandateRequired);
      }
      this.mandateRequired = required;
      return this;
    }

    /** The immutable policy; unset values: any territory, no minimum age, no required fields. */
    public EligibilityPolicy build() {
      return new EligibilityPolicy(
          name,
          territory == null ? Set.of() : territory,
          minimumAge == null ? 0 : minimumAge,
          requiredFields == null
              ? java.util.Collections.unmodifiableSet(EnumSet.noneOf(ParticipantField.class))
              : requiredFields,
          mandateRequired != null && mandateRequired);
    }
  }
}
