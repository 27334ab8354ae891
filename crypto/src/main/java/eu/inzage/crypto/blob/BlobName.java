package eu.inzage.crypto.blob;

import eu.inzage.core.validation.Identifiers;
import java.util.Objects;

/**
 * The name of one stored part of a sealed object. Both ids follow the id grammar of {@code
 * docs/formats.md#identifiers}, so that no name can escape its store (GDPR Art. 32).
 *
 * @param subject the participant's id
 * @param objectId the object's id, unique per subject
 * @param kind which part of the object
 */
public record BlobName(String subject, String objectId, BlobKind kind) {
  /**
   * Validates both ids.
   *
   * @throws eu.inzage.core.InvalidInputException naming {@code subject} or {@code objectId}
   */
  public BlobName {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(kind, "kind");
  }
}
