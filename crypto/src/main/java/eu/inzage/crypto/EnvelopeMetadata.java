package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.time.Duration;

/**
 * What the organisation records about a document it keeps in its own envelope: the kind, the media
 * type and how long it may be kept (GDPR Art. 5(1)(e), storage limitation).
 *
 * @param kind what the document is
 * @param contentType the media type, e.g. {@code application/pdf}
 * @param retention how long after sealing it is deleted at the latest
 */
public record EnvelopeMetadata(DocumentKind kind, String contentType, Duration retention) {
  /** The longest an ID copy may be kept: it is deleted after use, at the latest after this. */
  public static final Duration MAX_ID_COPY_RETENTION = Duration.ofDays(30);

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming {@code kind}, {@code contentType} or {@code retention}
   */
  public EnvelopeMetadata {
    if (kind == null) {
      throw new InvalidInputException("kind", ViolationCode.REQUIRED, "a document kind is needed");
    }
    contentType = SealMetadata.checkContentType(contentType);
    if (retention == null || retention.isNegative() || retention.isZero()) {
      throw new InvalidInputException(
          "retention", ViolationCode.REQUIRED, "a positive retention period is needed");
    }
    if (kind == DocumentKind.ID_COPY && retention.compareTo(MAX_ID_COPY_RETENTION) > 0) {
      throw new InvalidInputException(
          "retention", ViolationCode.INVALID_VALUE, "an ID copy is kept 30 days at most");
    }
  }

  /** An ID copy kept at most {@link #MAX_ID_COPY_RETENTION}, deleted earlier once checked. */
  public static EnvelopeMetadata idCopy(String contentType) {
    return new EnvelopeMetadata(DocumentKind.ID_COPY, contentType, MAX_ID_COPY_RETENTION);
  }
}
