package eu.inzage.crypto.blob;

import eu.inzage.core.validation.Identifiers;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The blob's name within its subject's folder or key prefix, {@code <objectId>.<kind suffix>},
   * e.g. {@code tiktok-2025.manifest}: how the file-system and S3 stores name their blobs.
   */
  public String fileName() {
    return objectId + "." + kind.suffix();
  }

  /**
   * The blob of {@code subject} that a {@link #fileName()} names, or empty when {@code fileName} is
   * no such name (a temporary or foreign file, an unknown kind, a malformed object id).
   */
  public static Optional<BlobName> parse(String subject, String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String objectId = fileName.substring(0, dot);
    String suffix = fileName.substring(dot + 1);
    if (!Identifiers.isValid(objectId)) {
      return Optional.empty();
    }
    for (BlobKind kind : BlobKind.values()) {
      if (kind.suffix().equals(suffix)) {
        return Optional.of(new BlobName(subject, objectId, kind));
      }
    }
    return Optional.empty();
  }
}
