package eu.inzage.adapters.internal.intake;

import jakarta.mail.Part;
import java.util.List;

/**
 * What the matching rules and the sink need from a message that passed the checks.
 *
 * @param recipients the addr-specs of To, Cc and Delivered-To
 * @param repliedIds the Message-IDs of In-Reply-To, then References (latest first), then those of a
 *     returned message in a bounce
 * @param body the first plain-text part that is not an attachment, or null
 */
record Inspection(
    Identity identity,
    String subject,
    List<String> recipients,
    List<String> repliedIds,
    boolean bounce,
    boolean autoReply,
    List<AttachmentPart> attachments,
    Part body) {
  @Override
  public String toString() {
    return "Inspection[" + identity.messageKey() + "]";
  }
}
