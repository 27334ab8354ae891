package eu.inzage.adapters.channels;

import java.util.Arrays;
import java.util.Objects;

/**
 * One attachment of an {@link EmailSubmission}: the request letter as PDF, the signed mandate, an
 * optional redacted copy of an identity document (GDPR Art. 12(6) allows the controller to ask for
 * one only when it has reasonable doubts). Immutable: the content is copied in and out. Sent as
 * base64 with its file name (RFC 2231 encoded when it is not ASCII).
 */
public final class Attachment {
  private final String fileName;
  private final String mediaType;
  private final byte[] content;

  Attachment(String fileName, String mediaType, byte[] content) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.content = content.clone();
  }

  /** The file name the recipient sees ({@code access-request.pdf}). */
  public String fileName() {
    return fileName;
  }

  /** The media type ({@code application/pdf}). */
  public String mediaType() {
    return mediaType;
  }

  /** A copy of the content. */
  public byte[] content() {
    return content.clone();
  }

  /** The content's length in bytes. */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a
        && fileName.equals(a.fileName)
        && mediaType.equals(a.mediaType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
  }

  /** The media type and size only: a file name may name the participant. */
  @Override
  public String toString() {
    return "Attachment[" + mediaType + ", " + content.length + " bytes]";
  }
}
