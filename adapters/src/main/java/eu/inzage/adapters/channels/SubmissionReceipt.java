package eu.inzage.adapters.channels;

import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.model.ChannelType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The proof of one submission: which message (its Message-ID), when, and exactly what (the SHA-256
 * of the bytes sent, the recipients, the attachment names). The one-month period of GDPR Art. 12(3)
 * runs from the day the request reaches the controller; an e-mail accepted by the controller's mail
 * system has reached it (EDPB Guidelines 01/2022 §159), so this receipt is what the lifecycle
 * records as {@link RequestEvent.Submitted}.
 *
 * <p>{@link #toString()} shows no addresses; {@link #proof()} neither.
 *
 * @param reference the request's reference (the idempotency key)
 * @param route how the message left: over SMTP or into the outbox
 * @param messageId the Message-ID with its angle brackets
 * @param sentAt when the server accepted the message (or the outbox file was written)
 * @param sha256 the lower-case hex SHA-256 of the exact message bytes
 * @param recipients the envelope recipients (To, then Cc)
 * @param attachmentNames the attachments' file names, in order
 */
public record SubmissionReceipt(
    String reference,
    Route route,
    String messageId,
    Instant sentAt,
    String sha256,
    List<String> recipients,
    List<String> attachmentNames) {

  /** How a message left Inzage. */
  public enum Route {
    /** Accepted by an SMTP server (reply 250 to the end of the data). */
    SMTP,
    /** Written to the outbox folder as an {@code .eml} file; not yet sent. */
    OUTBOX
  }

  /** Checks that every part is present and copies the lists. */
  public SubmissionReceipt {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sha256, "sha256");
    recipients = List.copyOf(recipients);
    attachmentNames = List.copyOf(attachmentNames);
  }

  /**
   * The proof as one line of plain text for the lifecycle (at most 500 characters, no addresses):
   * {@code smtp message-id=<…>; sha256=…; recipients=2; attachments=3}.
   */
  public String proof() {
    return route.name().toLowerCase(Locale.ROOT)
        + " message-id="
        + messageId
        + "; sha256="
        + sha256
        + "; recipients="
        + recipients.size()
        + "; attachments="
        + attachmentNames.size();
  }

  /**
   * The lifecycle event this submission proves: {@code Submitted(sentAt, EMAIL, proof())}.
   *
   * @throws IllegalStateException for an outbox receipt: a file in the outbox has reached nobody;
   *     the request counts as submitted only once the file is actually sent
   */
  public RequestEvent.Submitted toSubmittedEvent() {
    if (route != Route.SMTP) {
      throw new IllegalStateException(
          "an outbox file is not a submission; record Submitted when it is sent");
    }
    return new RequestEvent.Submitted(sentAt, ChannelType.EMAIL, proof());
  }

  /** The proof without addresses or attachment names. */
  @Override
  public String toString() {
    return "SubmissionReceipt[reference=" + reference + ", sentAt=" + sentAt + ", " + proof() + "]";
  }
}
