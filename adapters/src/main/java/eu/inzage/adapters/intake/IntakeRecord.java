package eu.inzage.adapters.intake;

import java.time.Instant;
import java.util.List;

/**
 * A reply matched to a request: what the campaign needs to record the controller's answer (GDPR
 * Art. 12(3)) and to keep the copy it sent (Art. 15(3)).
 *
 * @param reference the request reference as the {@link RequestLookup} spells it (e.g. {@code
 *     INZ-2026-0001-TIKTOK})
 * @param rule the rule that decided the match
 * @param messageId the message's {@code Message-ID} with its angle brackets, or null when it has
 *     none
 * @param messageKey the message's stable key: the first 32 hexadecimal digits of the SHA-256 of its
 *     Message-ID, or of its header block and size when it has none; what {@link ProcessedMessages}
 *     stores and what an {@link AttachmentSink} may use in a path
 * @param received when the reply was received
 * @param receivedSource where {@code received} comes from
 * @param attachments the attachments, in message order, each already stored by the sink
 * @param bounce true when the message is a delivery status notification ({@code multipart/report;
 *     report-type=delivery-status}, RFC 3464)
 * @param autoReply true when the message says it was sent automatically ({@code Auto-Submitted}
 *     other than {@code no}, {@code X-Autoreply}, {@code Precedence: auto_reply} or {@code bulk})
 */
public record IntakeRecord(
    String reference,
    MatchRule rule,
    String messageId,
    String messageKey,
    Instant received,
    ReceivedSource receivedSource,
    List<IntakeAttachment> attachments,
    boolean bounce,
    boolean autoReply) {

  /** Makes the attachment list immutable. */
  public IntakeRecord {
    attachments = List.copyOf(attachments);
  }

  /** Ids, rule, time and flags only: no Message-ID, no file names. */
  @Override
  public String toString() {
    return "IntakeRecord[reference="
        + reference
        + ", rule="
        + rule
        + ", messageKey="
        + messageKey
        + ", received="
        + received
        + " ("
        + receivedSource
        + "), attachments="
        + attachments.size()
        + ", bounce="
        + bounce
        + ", autoReply="
        + autoReply
        + "]";
  }
}
