package eu.inzage.letters;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.docket.EscalationPolicy;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ChannelType;
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
      new LetterFacts(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null);

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

  private final LocalDate submitted;

  @PlainText
  @MaxLength(500)
  private final String proof;

  private final LocalDate oneMonth;

  private final LocalDate extensionNotified;

  private final LocalDate processorClaimed;

  private final LocalDate finalDate;

  private final LocalDate erasureInstructedOn;

  private final LocalDate copyReceived;

  @PlainText
  @MaxLength(2000)
  private final String objectionGrounds;

  private final LocalDate sentOn;

  private final ChannelType channel;

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
      @JsonProperty("submitted") LocalDate submitted,
      @JsonProperty("proof") String proof,
      @JsonProperty("oneMonth") LocalDate oneMonth,
      @JsonProperty("extensionNotified") LocalDate extensionNotified,
      @JsonProperty("processorClaimed") LocalDate processorClaimed,
      @JsonProperty("finalDate") LocalDate finalDate,
      @JsonProperty("erasureInstructedOn") LocalDate erasureInstructedOn,
      @JsonProperty("copyReceived") LocalDate copyReceived,
      @JsonProperty("objectionGrounds") String objectionGrounds,
      @JsonProperty("sentOn") LocalDate sentOn,
      @JsonProperty("channel") ChannelType channel,
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
    this.submitted = submitted;
    this.proof = proof;
    this.oneMonth = oneMonth;
    this.extensionNotified = extensionNotified;
    this.processorClaimed = processorClaimed;
    this.finalDate = finalDate;
    this.erasureInstructedOn = erasureInstructedOn;
    this.copyReceived = copyReceived;
    this.objectionGrounds = objectionGrounds;
    this.sentOn = sentOn;
    this.channel = channel;
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
    return fromHistory(history, controller, asOf, lifecycle, EscalationPolicy.standard());
  }

  /**
   * As {@link #fromHistory(RequestHistory, ControllerProfile, LocalDate, Lifecycle)}, with the
   * escalation policy that sets the final date of a reminder written on {@code asOf} ({@link
   * EscalationPolicy#finalDate}: the day the docket lists the complaint as due, see {@code
   * docs/law/deadlines.md#final-date}). Besides the dates and events it records what a follow-up
   * letter answers: the day sent and the proof of submission (ticket, message id), the end of the
   * first month and the day an extension was notified (Art. 12(3): late when after that month), and
   * the day of the latest claim to act only as a processor (Art. 28).
   *
   * @param escalation when the complaint becomes due after a reminder
   */
  public static LetterFacts fromHistory(
      RequestHistory history,
      ControllerProfile controller,
      LocalDate asOf,
      Lifecycle lifecycle,
      EscalationPolicy escalation) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(escalation, "escalation");
    Optional<Deadline> deadline = lifecycle.deadline(history, controller, asOf);
    List<LetterEvent> events = new ArrayList<>();
    boolean answered = false;
    RequestEvent.Submitted submission = null;
    LocalDate extension = null;
    LocalDate processor = null;
    for (RequestEvent event : history.events()) {
      LocalDate day = DeadlineEngine.receiptDay(event.at(), controller.zone());
      events.add(new LetterEvent(day, event.kind().code(), null));
      boolean answer =
          event instanceof RequestEvent.Fulfilled
              || event instanceof RequestEvent.PartiallyFulfilled
              || event instanceof RequestEvent.Refused
              || event instanceof RequestEvent.NoDataHeld;
      answered |= answer;
      if (event instanceof RequestEvent.Submitted s) {
        submission = s;
      } else if (event instanceof RequestEvent.ExtensionNotified) {
        extension = day;
      } else if (event instanceof RequestEvent.ProcessorOnlyClaimed) {
        processor = day;
      } else if (answer) {
        processor = null; // a later answer replaces the claim
      }
    }
    boolean submitted = deadline.isPresent();
    Set<AccessItem> missing = submitted && !answered ? EnumSet.allOf(AccessItem.class) : Set.of();
    Builder builder =
        LetterFacts.builder()
            .received(deadline.map(Deadline::received).orElse(null))
            .due(deadline.map(Deadline::due).orElse(null))
            .missing(missing)
            .events(events);
    if (submission != null) {
      builder.submitted(DeadlineEngine.receiptDay(submission.at(), controller.zone()));
      if (submission.proof() != null && !submission.proof().isBlank()) {
        builder.proof(submission.proof().strip());
      }
    }
    deadline.ifPresent(
        d -> builder.oneMonth(d.oneMonth()).finalDate(escalation.finalDate(asOf, d)));
    if (extension != null) {
      builder.extensionNotified(extension);
    }
    if (processor != null) {
      builder.processorClaimed(processor);
    }
    return builder.build();
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
        submitted,
        proof,
        oneMonth,
        extensionNotified,
        processorClaimed,
        finalDate,
        erasureInstructedOn,
        copyReceived,
        objectionGrounds,
        sentOn,
        channel,
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

  /** The day the request was sent, or null. */
  public LocalDate submitted() {
    return submitted;
  }

  /**
   * The proof of submission a follow-up letter cites (a form's ticket number, an e-mail's message
   * id, a tracking number), or null.
   */
  public String proof() {
    return proof;
  }

  /**
   * The end of the first month after receipt (Art. 12(3)): the last day to notify an extension, or
   * null.
   */
  public LocalDate oneMonth() {
    return oneMonth;
  }

  /**
   * The day the controller's notice of an extension (Art. 12(3)) arrived, or null; a notice after
   * {@link #oneMonth()} does not extend the period, and a reminder says so.
   */
  public LocalDate extensionNotified() {
    return extensionNotified;
  }

  /**
   * The day the controller answered that it acts only as a processor (Art. 28), or null; a reminder
   * then asks for the controllers it processes for instead of repeating the Art. 15 items.
   */
  public LocalDate processorClaimed() {
    return processorClaimed;
  }

  /**
   * The final date a reminder sets: the day the complaint (Art. 77) becomes due, or null (see
   * {@code docs/law/deadlines.md#final-date}).
   */
  public LocalDate finalDate() {
    return finalDate;
  }

  /**
   * The day the participant signed the instruction to request erasure (Art. 17); an erasure letter
   * is not written without it (the mandate covers erasure only on the participant's instruction).
   */
  public LocalDate erasureInstructedOn() {
    return erasureInstructedOn;
  }

  /**
   * The day the copy of the data (Art. 15(3)) arrived, or null; until then an erasure letter asks
   * for restriction (Art. 18(1)(c)) instead, so that the data needed for legal claims survive.
   */
  public LocalDate copyReceived() {
    return copyReceived;
  }

  /**
   * The participant's own grounds relating to their particular situation (Art. 21(1)), one line of
   * at most 2000 characters, or null: the erasure letter then objects only to direct marketing
   * (Art. 21(2)).
   */
  public String objectionGrounds() {
    return objectionGrounds;
  }

  /**
   * The day the letter is sent (submitted to the controller's channel), as counted in the
   * controller's time zone, or null when not yet known: the letter is then dated the day it is
   * written and states no due date of its own.
   */
  public LocalDate sentOn() {
    return sentOn;
  }

  /**
   * The channel the letter is sent through, or null: unknown, treated as post. Only a letter sent
   * through an electronic channel ({@code EMAIL}, {@code WEB_FORM}, {@code PORTAL}) says that the
   * request is made by electronic means (Art. 15(3) GDPR).
   */
  public ChannelType channel() {
    return channel;
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
        && Objects.equals(submitted, f.submitted)
        && Objects.equals(proof, f.proof)
        && Objects.equals(oneMonth, f.oneMonth)
        && Objects.equals(extensionNotified, f.extensionNotified)
        && Objects.equals(processorClaimed, f.processorClaimed)
        && Objects.equals(finalDate, f.finalDate)
        && Objects.equals(erasureInstructedOn, f.erasureInstructedOn)
        && Objects.equals(copyReceived, f.copyReceived)
        && Objects.equals(objectionGrounds, f.objectionGrounds)
        && Objects.equals(sentOn, f.sentOn)
        && channel == f.channel
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
        submitted,
        proof,
        oneMonth,
        extensionNotified,
        processorClaimed,
        finalDate,
        erasureInstructedOn,
        copyReceived,
        objectionGrounds,
        sentOn,
        channel,
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
    private LocalDate submitted;
    private String proof;
    private LocalDate oneMonth;
    private LocalDate extensionNotified;
    private LocalDate processorClaimed;
    private LocalDate finalDate;
    private LocalDate erasureInstructedOn;
    private LocalDate copyReceived;
    private String objectionGrounds;
    private LocalDate sentOn;
    private ChannelType channel;
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
      this.missing = set("missing", copyOf(values, AccessItem.class));
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

    /** The day the request was sent. */
    public Builder submitted(LocalDate value) {
      this.submitted = set("submitted", value);
      return this;
    }

    /** The proof of submission: ticket, message id; plain text of at most 500 characters. */
    public Builder proof(String value) {
      this.proof = set("proof", value);
      return this;
    }

    /** The end of the first month after receipt (Art. 12(3)). */
    public Builder oneMonth(LocalDate value) {
      this.oneMonth = set("oneMonth", value);
      return this;
    }

    /** The day the controller's notice of an extension arrived (Art. 12(3)). */
    public Builder extensionNotified(LocalDate value) {
      this.extensionNotified = set("extensionNotified", value);
      return this;
    }

    /** The day the controller answered that it acts only as a processor (Art. 28). */
    public Builder processorClaimed(LocalDate value) {
      this.processorClaimed = set("processorClaimed", value);
      return this;
    }

    /** The final date a reminder sets: the day the complaint becomes due. */
    public Builder finalDate(LocalDate value) {
      this.finalDate = set("finalDate", value);
      return this;
    }

    /** The day the participant signed the instruction to request erasure (Art. 17). */
    public Builder erasureInstructedOn(LocalDate value) {
      this.erasureInstructedOn = set("erasureInstructedOn", value);
      return this;
    }

    /** The day the copy of the data (Art. 15(3)) arrived. */
    public Builder copyReceived(LocalDate value) {
      this.copyReceived = set("copyReceived", value);
      return this;
    }

    /** The participant's own grounds for objecting (Art. 21(1)): one line, at most 2000 chars. */
    public Builder objectionGrounds(String value) {
      this.objectionGrounds = set("objectionGrounds", value);
      return this;
    }

    /** The day the letter is sent, in the controller's time zone. */
    public Builder sentOn(LocalDate value) {
      this.sentOn = set("sentOn", value);
      return this;
    }

    /** The channel the letter is sent through (unset: post). */
    public Builder channel(ChannelType value) {
      this.channel = set("channel", value);
      return this;
    }

    /**
     * The follow-up the mandate authorises (unset: complaint, proceedings and compensation; an
     * empty set: none).
     */
    public Builder followUp(Set<FollowUp> values) {
      this.followUp = set("followUp", copyOf(values, FollowUp.class));
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
                  submitted,
                  proof,
                  oneMonth,
                  extensionNotified,
                  processorClaimed,
                  finalDate,
                  erasureInstructedOn,
                  copyReceived,
                  objectionGrounds,
                  sentOn,
                  channel,
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

    /** A copy of a set of codes (null: none); a null code is refused as {@link #nonNull} says. */
    private static <E extends Enum<E>> EnumSet<E> copyOf(Set<E> values, Class<E> type) {
      EnumSet<E> copy = EnumSet.noneOf(type);
      if (values != null) {
        copy.addAll(nonNull(values));
      }
      return copy;
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
        valid &= inRange(facts.submitted, "submitted", context);
        valid &= inRange(facts.oneMonth, "oneMonth", context);
        valid &= inRange(facts.extensionNotified, "extensionNotified", context);
        valid &= inRange(facts.processorClaimed, "processorClaimed", context);
        valid &= inRange(facts.finalDate, "finalDate", context);
        valid &= inRange(facts.erasureInstructedOn, "erasureInstructedOn", context);
        valid &= inRange(facts.copyReceived, "copyReceived", context);
        valid &= inRange(facts.sentOn, "sentOn", context);
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
