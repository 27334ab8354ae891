package eu.inzage.s3.internal;

import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobName;
import java.util.Optional;

/**
 * Where a blob lives in the bucket: {@code PREFIX<subject>/<objectId>.<kind>}. Both ids follow the
 * id grammar ({@code docs/formats.md#identifiers}), which has no {@code /}, so a subject's blobs
 * are exactly the keys under {@code PREFIX<subject>/} and no name can reach another subject's keys.
 */
public final class ObjectKeys {
  private final String prefix;

  /** Keys under {@code prefix}: empty, or ending with {@code /}. */
  public ObjectKeys(String prefix) {
    this.prefix = prefix;
  }

  /** The key prefix every blob of this store lives under. */
  public String prefix() {
    return prefix;
  }

  /** The key of one blob. */
  public String key(BlobName name) {
    return subjectPrefix(name.subject()) + name.fileName();
  }

  /**
   * The key prefix of one subject's blobs.
   *
   * @throws eu.inzage.core.InvalidInputException when {@code subject} is not a well-formed id
   */
  public String subjectPrefix(String subject) {
    Identifiers.require("subject", subject);
    return prefix + subject + "/";
  }

  /** The blob a key of {@code subject} names, or empty for a key this store did not write. */
  public Optional<BlobName> parse(String subject, String key) {
    String own = subjectPrefix(subject);
    if (!key.startsWith(own)) {
      return Optional.empty();
    }
    return BlobName.parse(subject, key.substring(own.length()));
  }

  /**
   * The subject of a key or of a common prefix ({@code PREFIX<subject>/…}), or empty when it is not
   * under this store's prefix or its first segment is no well-formed id.
   */
  public Optional<String> subjectOf(String key) {
    if (!key.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = key.substring(prefix.length());
    int slash = rest.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String subject = rest.substring(0, slash);
    return Identifiers.isValid(subject) ? Optional.of(subject) : Optional.empty();
  }
}
