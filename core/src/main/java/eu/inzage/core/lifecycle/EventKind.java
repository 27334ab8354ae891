package eu.inzage.core.lifecycle;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.util.Objects;

/**
 * The kinds of {@link RequestEvent}, each with its stable code: the value of {@code type} in the
 * JSON form of a request (GDPR Arts. 12, 15, 77). Codes are persisted and never change or get
 * reused; the constants' order means nothing. {@link Lifecycle} switches on this enum without a
 * default branch, so a new kind does not compile until the transition table handles it.
 */
public enum EventKind {
  /** The request was sent ({@link RequestEvent.Submitted}). */
  SUBMITTED("submitted", RequestEvent.Submitted.class),
  /** The controller confirmed receipt ({@link RequestEvent.Acknowledged}). */
  ACKNOWLEDGED("acknowledged", RequestEvent.Acknowledged.class),
  /**
   * The controller asked for identity information, Art. 12(6) ({@link
   * RequestEvent.IdentityRequested}).
   */
  IDENTITY_REQUESTED("identityRequested", RequestEvent.IdentityRequested.class),
  /** The controller received the identity information ({@link RequestEvent.IdentityProvided}). */
  IDENTITY_PROVIDED("identityProvided", RequestEvent.IdentityProvided.class),
  /** The controller notified the extension, Art. 12(3) ({@link RequestEvent.ExtensionNotified}). */
  EXTENSION_NOTIFIED("extensionNotified", RequestEvent.ExtensionNotified.class),
  /** The controller answered in full ({@link RequestEvent.Fulfilled}). */
  FULFILLED("fulfilled", RequestEvent.Fulfilled.class),
  /** The controller answered in part ({@link RequestEvent.PartiallyFulfilled}). */
  PARTIALLY_FULFILLED("partiallyFulfilled", RequestEvent.PartiallyFulfilled.class),
  /** The controller refused, Art. 12(4) ({@link RequestEvent.Refused}). */
  REFUSED("refused", RequestEvent.Refused.class),
  /** The controller holds no data on the person ({@link RequestEvent.NoDataHeld}). */
  NO_DATA_HELD("noDataHeld", RequestEvent.NoDataHeld.class),
  /** The controller claimed to be a processor only ({@link RequestEvent.ProcessorOnlyClaimed}). */
  PROCESSOR_ONLY_CLAIMED("processorOnlyClaimed", RequestEvent.ProcessorOnlyClaimed.class),
  /** A reminder was sent ({@link RequestEvent.ReminderSent}). */
  REMINDER_SENT("reminderSent", RequestEvent.ReminderSent.class),
  /** A complaint was lodged, Art. 77 ({@link RequestEvent.ComplaintFiled}). */
  COMPLAINT_FILED("complaintFiled", RequestEvent.ComplaintFiled.class),
  /** The request was withdrawn ({@link RequestEvent.Withdrawn}). */
  WITHDRAWN("withdrawn", RequestEvent.Withdrawn.class);

  private final String code;
  private final Class<? extends RequestEvent> eventType;

  EventKind(String code, Class<? extends RequestEvent> eventType) {
    this.code = code;
    this.eventType = eventType;
  }

  /** The stable code, as written in JSON's {@code type}, e.g. {@code extensionNotified}. */
  public String code() {
    return code;
  }

  /** The record class of events of this kind. */
  public Class<? extends RequestEvent> eventType() {
    return eventType;
  }

  /**
   * The kind with the given code.
   *
   * @throws InvalidInputException naming the field {@code type} for an unknown code
   */
  public static EventKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (EventKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new InvalidInputException("type", ViolationCode.INVALID_VALUE, "unknown event kind");
  }
}
