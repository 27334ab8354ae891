package eu.inzage.letters;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.FollowUp;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.letters.internal.document.SignatureImage;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a letter states about the request it follows up: the date the request reached the
 * controller, the due date of Art. 12(3), the Art. 15 items still missing and the events so far;
 * for a mandate, the signature and its terms. Every field is optional: a letter states only what it
 * knows. Immutable and thread-safe; made by {@link #builder()}, {@link #fromHistory}, or read from
 * JSON with {@code ModelValidator.read}, which reports the same violations as {@link
 * Builder#build()}. Every date lies between 2000-01-01 and 2199-12-31, the due date is not before
 * the receipt (Art. 12(3)), a mandate's {@code validUntil} not before {@code signedOn}, and a drawn
 * signature is a PNG of at most 512 KB and 4000 pixels a side (all {@code INVALID_VALUE}, an
 * oversized PNG {@code TOO_LONG}, at the field's path). Holds personal data (the signature, event
 * texts): {@link #toString()} redacts it.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
@LetterFacts.Plausible
public final class LetterFacts {
  /** The earliest date a letter's facts may state. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** The latest date a letter's facts may state. */
  static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private static final LetterFacts NONE =
      new LetterFacts(null, null, null, null, null, null, null, null, null, null);

  private final LocalDate received;

  private final LocalDate due;

  private final Set<AccessItem> missing;

  private final List<@Valid LetterEvent> events;

  @Valid private final SignatureEvidence signature;

  private final LocalDate signedOn;

  @PlainText
  @MaxLength(200)
  private final String signedAt;

  private final LocalDate validUntil;

  private final Boolean subDelegation;

  private final Set<FollowUp> followUp;

  /** The one constructor, used by the builder and by the JSON reader; copies the collections. */
  @JsonCreator
  private LetterFacts(
      @JsonProperty("received") LocalDate received,
      @JsonProperty("due") LocalDate due,
      @JsonProperty("missing") Set<AccessItem> missing,
      @JsonProperty("events") List<LetterEvent> events,
      @JsonProperty("signature") SignatureEvidence signature,
      @JsonProperty("signedOn") LocalDate signedOn,
      @JsonProperty("signedAt") String signedAt,
      @JsonProperty("validUntil") LocalDate validUntil,
      @JsonProperty("subDelegation") Boolean subDelegation,
      @JsonProperty("followUp") Set<FollowUp> followUp) {
    this.received = received;
    this.due = due;
    this.missing =
        missing == null || missing.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(missing));
    this.events =
        events == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(events));
    this.signature = signature;
    this.signedOn = signedOn;
    this.signedAt = signedAt;
    this.validUntil = validUntil;
    this.subDelegation = subDelegation;
    this.followUp =
        followUp == null
            ? null
            : followUp.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(followUp));
  }

  /** A builder: each setting once, checked when set and again on build. */
  public static Builder builder() {
    return new Builder();
  }

  /** Facts that state nothing. */
  public static LetterFacts none() {
    return NONE;
  }

  /** Facts with the received and due dates of a request (Art. 12(3)). */
  public static LetterFacts dates(LocalDate received, LocalDate due) {
    return builder().received(received).due(due).build();
  }

  /**
   * The facts of a tracked request (the library's request JSON with its events): the receipt day
   * and the due date from the deadline engine (Art. 12(3); see {@code docs/law/deadlines.md}),
   * every event as a dated line, and the Art. 15 items still missing: all of them while the
   * controller has sent nothing or only claimed to be a processor without naming the controllers
   * (see {@code docs/controllers.md}), none once it answered, refused or said it holds no data
   * (what a partial answer lacks comes from an assessment, not from the events).
   *
   * <p>{@link Letters#facts(RequestHistory, ControllerProfile)} calls this with the letters'
   * lifecycle and clock.
   *
   * @param history the request and its events
   * @param controller the controller's profile (time zone and holiday calendar)
   * @param asOf the day the letter is written (an identity pause still open counts until then)
   * @param lifecycle the lifecycle whose deadline engine (and calendars) count the due date: the
   *     one the organisation configured, so that the letter cites the date the docket tracks
   */
  public static LetterFacts fromHistory(
      RequestHistory history, ControllerProfile controller, LocalDate asOf, Lifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Optional<Deadline> deadline = lifecycle.deadline(history, controller, asOf);
    List<LetterEvent> events = new ArrayList<>();
    boolean answered = false;
    for (RequestEvent event : history.events()) {
      events.add(
          new LetterEvent(
              DeadlineEngine.receiptDay(event.at(), controller.zone()), event.kind().code(), null));
      answered |=
          event instanceof RequestEvent.Fulfilled
              || event instanceof RequestEvent.PartiallyFulfilled
              || event instanceof RequestEvent.Refused
              || event instanceof RequestEvent.NoDataHeld;
    }
    boolean submitted = deadline.isPresent();
    Set<AccessItem> missing = submitted && !answered ? EnumSet.allOf(AccessItem.class) : Set.of();
    return LetterFacts.builder()
        .received(deadline.map(Deadline::received).orElse(null))
        .due(deadline.map(Deadline::due).orElse(null))
        .missing(missing)
        .events(events)
        .build();
  }

  /**
   * These facts with a drawn signature's PNG removed (once it is decoded for the page); not
   * validated again.
   */
  LetterFacts withoutImage() {
    SignatureEvidence s = signature;
    return new LetterFacts(
        received,
        due,
        missing,
        events,
        new SignatureEvidence(
            s.kind(), s.typedName(), null, s.signedAt(), s.ipAddress(), s.emailVerification()),
        signedOn,
        signedAt,
        validUntil,
        subDelegation,
        followUp);
  }

  /** The day the request reached the controller (Art. 12(3)), or null. */
  public LocalDate received() {
    return received;
  }

  /** The last day of the period for the answer, or null. */
  public LocalDate due() {
    return due;
  }

  /** The Art. 15 items the controller has not yet provided; immutable, never null. */
  public Set<AccessItem> missing() {
    return missing;
  }

  /** The dated events to cite, oldest first; immutable, never null. */
  public List<LetterEvent> events() {
    return events;
  }

  /** The participant's signature of the mandate, if signed; or null. */
  public SignatureEvidence signature() {
    return signature;
  }

  /** The day the mandate was signed, or null. */
  public LocalDate signedOn() {
    return signedOn;
  }

  /** The place of signature, or null. */
  public String signedAt() {
    return signedAt;
  }

  /** The last day the mandate is in force, or null: until revoked. */
  public LocalDate validUntil() {
    return validUntil;
  }

  /** Whether the organisation may sub-delegate; null: yes, to a lawyer. */
  public Boolean subDelegation() {
    return subDelegation;
  }

  /**
   * The follow-up the mandate authorises (a complaint under Art. 77 with Art. 80(1), proceedings
   * under Arts. 78 and 79, compensation under Art. 82); immutable, or null when not stated: then
   * all three.
   */
  public Set<FollowUp> followUp() {
    return followUp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LetterFacts f
        && Objects.equals(received, f.received)
        && Objects.equals(due, f.due)
        && missing.equals(f.missing)
        && events.equals(f.events)
        && Objects.equals(signature, f.signature)
        && Objects.equals(signedOn, f.signedOn)
        && Objects.equals(signedAt, f.signedAt)
        && Objects.equals(validUntil, f.validUntil)
        && Objects.equals(subDelegation, f.subDelegation)
        && Objects.equals(followUp, f.followUp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        received,
        due,
        missing,
        events,
        signature,
        signedOn,
        signedAt,
        validUntil,
        subDelegation,
        followUp);
  }

  @Override
  public String toString() {
    return "LetterFacts[received="
        + received
        + ", due="
        + due
        + ", missing="
        + missing
        + ", events="
        + events.size()
        + ", <redacted>]";
  }

  /**
   * Builds {@link LetterFacts}. Each setting may be made once ({@link IllegalStateException}
   * otherwise) and is checked when made ({@link InvalidInputException} with the field's path and
   * code); {@link #build()} checks the whole, every event and the signature included, with the
   * constraints of {@code eu.inzage.core.validation.constraints} and the codes the JSON reader
   * reports (an event without its date is {@code REQUIRED} at {@code events.N.date}, a line break
   * in a text {@code CONTROL_CHARACTERS}). Not thread-safe.
   */
  public static final class Builder {
    private final Set<String> done = new HashSet<>();
    private final List<LetterEvent> events = new ArrayList<>();
    private LocalDate received;
    private LocalDate due;
    private Set<AccessItem> missing;
    private SignatureEvidence signature;
    private LocalDate signedOn;
    private String signedAt;
    private LocalDate validUntil;
    private Boolean subDelegation;
    private Set<FollowUp> followUp;

    private Builder() {}

    /** The day the request reached the controller (Art. 12(3)). */
    public Builder received(LocalDate value) {
      this.received = set("received", value);
      return this;
    }

    /** The last day of the period for the answer (Art. 12(3)). */
    public Builder due(LocalDate value) {
      this.due = set("due", value);
      return this;
    }

    /** The Art. 15 items the controller has not yet provided. */
    public Builder missing(Set<AccessItem> values) {
      EnumSet<AccessItem> copy = EnumSet.noneOf(AccessItem.class);
      if (values != null) {
        copy.addAll(nonNull(values));
      }
      this.missing = set("missing", copy);
      return this;
    }

    /**
     * The dated events to cite, oldest first, added to those given with {@link
     * #event(LetterEvent)}.
     */
    public Builder events(List<LetterEvent> values) {
      events.addAll(set("events", values == null ? List.of() : nonNull(values)));
      return this;
    }

    /** One more dated event to cite (events are cited in the order they are added). */
    public Builder event(LetterEvent value) {
      events.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The participant's signature of the mandate. */
    public Builder signature(SignatureEvidence value) {
      this.signature = set("signature", value);
      return this;
    }

    /** The day the mandate was signed. */
    public Builder signedOn(LocalDate value) {
      this.signedOn = set("signedOn", value);
      return this;
    }

    /** The place of signature: plain text of at most 200 characters. */
    public Builder signedAt(String value) {
      this.signedAt = set("signedAt", value);
      return this;
    }

    /** The last day the mandate is in force (unset: until revoked). */
    public Builder validUntil(LocalDate value) {
      this.validUntil = set("validUntil", value);
      return this;
    }

    /** Whether the organisation may sub-delegate (unset: yes, to a lawyer). */
    public Builder subDelegation(boolean value) {
      this.subDelegation = set("subDelegation", value);
      return this;
    }

    /**
     * The follow-up the mandate authorises (unset: complaint, proceedings and compensation; an
     * empty set: none).
     */
    public Builder followUp(Set<FollowUp> values) {
      EnumSet<FollowUp> copy = EnumSet.noneOf(FollowUp.class);
      if (values != null) {
        copy.addAll(nonNull(values));
      }
      this.followUp = set("followUp", copy);
      return this;
    }

    /**
     * The facts.
     *
     * @throws InvalidInputException with every violation, each with its field path and code
     */
    public LetterFacts build() {
      return ModelValidator.withoutClock()
          .requireValid(
              new LetterFacts(
                  received,
                  due,
                  missing,
                  events,
                  signature,
                  signedOn,
                  signedAt,
                  validUntil,
                  subDelegation,
                  followUp));
    }

    private <T> T set(String field, T value) {
      if (done.contains(field)) {
        throw new IllegalStateException(field + " was already set");
      }
      ModelValidator.withoutClock().requireValidField(LetterFacts.class, field, value);
      done.add(field);
      return value;
    }

    private static <T, C extends Collection<T>> C nonNull(C values) {
      for (T value : values) {
        Objects.requireNonNull(value, "an element is null");
      }
      return values;
    }
  }

  /** The checks across fields: plausible dates, their causal order, the signature's image. */
  @Documented
  @Constraint(validatedBy = Plausible.Check.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface Plausible {
    String message() default "must be plausible";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Jakarta Validation's check of {@link Plausible}; run by the validation provider. */
    final class Check implements ConstraintValidator<Plausible, LetterFacts> {
      private static final String RANGE = "must lie between 2000-01-01 and 2199-12-31";
      private static final Instant FIRST_INSTANT =
          EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
      private static final Instant LAST_INSTANT =
          LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

      @Override
      public boolean isValid(LetterFacts facts, ConstraintValidatorContext context) {
        if (facts == null) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = inRange(facts.received, "received", context);
        if (inRange(facts.due, "due", context)) {
          if (facts.received != null
              && facts.due != null
              && isPlausible(facts.received)
              && facts.due.isBefore(facts.received)) {
            report(context, "must not be before received", "due");
            valid = false;
          }
        } else {
          valid = false;
        }
        valid &= inRange(facts.signedOn, "signedOn", context);
        if (inRange(facts.validUntil, "validUntil", context)) {
          if (facts.signedOn != null
              && facts.validUntil != null
              && isPlausible(facts.signedOn)
              && facts.validUntil.isBefore(facts.signedOn)) {
            report(context, "must not be before signedOn", "validUntil");
            valid = false;
          }
        } else {
          valid = false;
        }
        for (int i = 0; i < facts.events.size(); i++) {
          LocalDate date = facts.events.get(i).date();
          if (date != null && !isPlausible(date)) {
            context
                .buildConstraintViolationWithTemplate(RANGE)
                .addPropertyNode("events")
                .addPropertyNode("date")
                .inIterable()
                .atIndex(i)
                .addConstraintViolation();
            valid = false;
          }
        }
        SignatureEvidence signature = facts.signature;
        if (signature != null) {
          Instant at = signature.signedAt();
          if (at != null && (at.isBefore(FIRST_INSTANT) || !at.isBefore(LAST_INSTANT))) {
            report(context, RANGE, "signature", "signedAt");
            valid = false;
          }
          if (signature.imagePng() != null) {
            SignatureImage.Problem problem = SignatureImage.problem(signature.imagePng());
            // an oversized image is TOO_LONG by the evidence's own @MaxLength
            if (problem != null && problem.code() != ViolationCode.TOO_LONG) {
              report(context, problem.message(), "signature", "imagePng");
              valid = false;
            }
          }
        }
        return valid;
      }

      private static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
      }

      private static boolean inRange(LocalDate date, String field, ConstraintValidatorContext c) {
        if (date == null || isPlausible(date)) {
          return true;
        }
        report(c, RANGE, field);
        return false;
      }

      private static void report(
          ConstraintValidatorContext context, String message, String... path) {
        var builder = context.buildConstraintViolationWithTemplate(message);
        var node = builder.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
          node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
      }
    }
  }
}
