package eu.inzage.adapters.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the attachments of matched replies go: the campaign seals them into the participant's vault
 * (the copy of Art. 15(3) is the participant's personal data) with {@link VaultAttachmentSink};
 * {@link FileAttachmentSink} writes them to a folder. The intake streams each attachment (it never
 * holds one in memory) and computes its size and SHA-256 itself.
 */
public interface AttachmentSink {
  /**
   * Stores one attachment.
   *
   * @param target the request, message and sanitised name
   * @param content the decoded bytes; read it to its end, do not close it
   * @return where it was stored, in the sink's own terms (recorded in {@link
   *     IntakeAttachment#location()})
   * @throws IOException when it cannot be stored; the run stops with a {@link
   *     eu.inzage.core.StorageException}. An {@code IOException} thrown by {@code content} itself
   *     (the message could not be read) must be passed on unchanged.
   */
  String store(AttachmentTarget target, InputStream content) throws IOException;

  /**
   * Removes whatever was stored for a message whose attachments could not all be read; the message
   * is then kept aside.
   *
   * @param reference the request reference
   * @param messageKey the message's stable key
   * @throws IOException when the removal fails; the run stops with a {@link
   *     eu.inzage.core.StorageException}
   */
  void discard(String reference, String messageKey) throws IOException;
}
