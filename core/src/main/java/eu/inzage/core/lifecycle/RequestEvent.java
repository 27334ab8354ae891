package eu.inzage.core.lifecycle;

import eu.inzage.core.model.ChannelType;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import java.time.Instant;

/**
 * One immutable, timestamped fact in the life of an access request (GDPR Arts. 12, 15, 77). The
 * status of a request is derived from its events ({@link Lifecycle}); events carry no personal
 * data. In JSON each event names its kind in the property {@code type} (the names below); no other
 * class can be chosen by input.
 */
public sealed interface RequestEvent {
  /** When it happened. */
  Instant at();

  /**
   * The kind of the event; its {@link EventKind#code() code} is written in JSON's {@code type},
   * e.g. {@code submitted}. Each event record declares its own, so none can be without one.
   */
  EventKind kind();

  /**
   * The request was sent and reached an official channel of the controller (EDPB Guidelines 01/2022
   * §159); the receipt day follows from the channel.
   *
   * @param at when it was sent
   * @param channel the channel used
   * @param proof a reference that proves the submission (message id, form ticket, tracking number),
   *     or null
   */
  record Submitted(
      @Required Instant at, @Required ChannelType channel, @PlainText @MaxLength(500) String proof)
      implements RequestEvent {
    /** Always {@link EventKind#SUBMITTED}. */
    @Override
    public EventKind kind() {
      return EventKind.SUBMITTED;
    }
  }

  /**
   * The controller confirmed receipt.
   *
   * @param at when
   */
  record Acknowledged(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#ACKNOWLEDGED}. */
    @Override
    public EventKind kind() {
      return EventKind.ACKNOWLEDGED;
    }
  }

  /**
   * The controller asked for information to confirm the person's identity (Art. 12(6)); starts the
   * identity pause.
   *
   * @param at when the controller asked
   */
  record IdentityRequested(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#IDENTITY_REQUESTED}. */
    @Override
    public EventKind kind() {
      return EventKind.IDENTITY_REQUESTED;
    }
  }

  /**
   * The controller received the identity information asked for; ends the identity pause.
   *
   * @param at when the controller received it
   */
  record IdentityProvided(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#IDENTITY_PROVIDED}. */
    @Override
    public EventKind kind() {
      return EventKind.IDENTITY_PROVIDED;
    }
  }

  /**
   * The controller notified the two-month extension (Art. 12(3)); it counts only if it reached the
   * person by the one-month date.
   *
   * @param at when the notice reached the person
   * @param reason the reason the controller gave
   */
  record ExtensionNotified(@Required Instant at, @PlainText @MaxLength(2000) String reason)
      implements RequestEvent {
    /** Always {@link EventKind#EXTENSION_NOTIFIED}. */
    @Override
    public EventKind kind() {
      return EventKind.EXTENSION_NOTIFIED;
    }
  }

  /**
   * The controller answered in full (Art. 15(1)–(3)).
   *
   * @param at when the answer arrived
   */
  record Fulfilled(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#FULFILLED}. */
    @Override
    public EventKind kind() {
      return EventKind.FULFILLED;
    }
  }

  /**
   * The controller answered in part: some Art. 15 items or data are missing.
   *
   * @param at when the answer arrived
   */
  record PartiallyFulfilled(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#PARTIALLY_FULFILLED}. */
    @Override
    public EventKind kind() {
      return EventKind.PARTIALLY_FULFILLED;
    }
  }

  /**
   * The controller refused to act (Art. 12(4)).
   *
   * @param at when the refusal arrived
   * @param reason the reason the controller gave
   */
  record Refused(@Required Instant at, @PlainText @MaxLength(2000) String reason)
      implements RequestEvent {
    /** Always {@link EventKind#REFUSED}. */
    @Override
    public EventKind kind() {
      return EventKind.REFUSED;
    }
  }

  /**
   * The controller confirmed that it holds no data on the person: a negative confirmation under
   * Art. 15(1) (see {@code docs/controllers.md}, Palantir).
   *
   * @param at when the answer arrived
   */
  record NoDataHeld(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#NO_DATA_HELD}. */
    @Override
    public EventKind kind() {
      return EventKind.NO_DATA_HELD;
    }
  }

  /**
   * The controller claimed to act only as a processor, without naming the controllers; contestable
   * (see {@code docs/controllers.md}).
   *
   * @param at when the answer arrived
   */
  record ProcessorOnlyClaimed(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#PROCESSOR_ONLY_CLAIMED}. */
    @Override
    public EventKind kind() {
      return EventKind.PROCESSOR_ONLY_CLAIMED;
    }
  }

  /**
   * A reminder (or follow-up letter) was sent to the controller.
   *
   * @param at when it was sent
   */
  record ReminderSent(@Required Instant at) implements RequestEvent {
    /** Always {@link EventKind#REMINDER_SENT}. */
    @Override
    public EventKind kind() {
      return EventKind.REMINDER_SENT;
    }
  }

  /**
   * A complaint was lodged with a supervisory authority (Art. 77).
   *
   * @param at when it was lodged
   * @param authority the country of the authority, ISO 3166-1 alpha-2
   */
  record ComplaintFiled(@Required Instant at, @Required @CountryCode String authority)
      implements RequestEvent {
    /** Always {@link EventKind#COMPLAINT_FILED}. */
    @Override
    public EventKind kind() {
      return EventKind.COMPLAINT_FILED;
    }

    /** Normalises the country code ({@code EL} becomes {@code GR}). */
    public ComplaintFiled {
      authority = eu.inzage.core.internal.Normalise.country(authority);
    }
  }

  /**
   * The request was withdrawn; nothing may follow.
   *
   * @param at when
   * @param mandateRevoked whether the withdrawal is because the participant revoked the mandate
   */
  record Withdrawn(@Required Instant at, boolean mandateRevoked) implements RequestEvent {
    /** Always {@link EventKind#WITHDRAWN}. */
    @Override
    public EventKind kind() {
      return EventKind.WITHDRAWN;
    }
  }
}
