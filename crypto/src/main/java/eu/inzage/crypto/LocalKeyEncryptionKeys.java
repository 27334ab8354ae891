package eu.inzage.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.TinkSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The default {@link KeyEncryptionKeys}: a Tink AES256_GCM keyset kept in a local key file ({@code
 * "format": "inzage-key-encryption-keys"}, the keyset embedded in Tink's JSON keyset format, so
 * that {@code tinkey} can inspect it; crypto/FORMAT.md 11.3). Rotation adds a new primary key; old
 * keys keep unwrapping until every wrap was renewed, then {@link #destroyOldKeys()} removes them
 * (GDPR Art. 32(1)(a)). A secret: {@link #toString()} shows only the key count; keep the file
 * owner-only and out of the backups it must outlive.
 */
public final class LocalKeyEncryptionKeys implements KeyEncryptionKeys {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-key-encryption-keys";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final KeysetHandle keyset;
  private final Aead aead;

  private LocalKeyEncryptionKeys(KeysetHandle keyset) throws GeneralSecurityException {
    for (int i = 0; i < keyset.size(); i++) {
      if (!(keyset.getAt(i).getKey() instanceof AesGcmKey)) {
        throw new GeneralSecurityException("not an AES-GCM keyset");
      }
    }
    this.keyset = keyset;
    this.aead = TinkSupport.primitive(keyset, Aead.class);
  }

  /** A new keyset with one AES-256-GCM key. */
  public static LocalKeyEncryptionKeys generate() {
    try {
      return new LocalKeyEncryptionKeys(
          KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot generate a key-encryption key", e);
    }
  }

  /**
   * Reads a key-encryption-key file ({@code inzage-key-encryption-keys}, or the bare Tink JSON
   * keyset of AES-GCM keys that format 1.1 wrote). Raw secret access.
   *
   * @throws InvalidInputException naming {@code keyset}, {@code keyId} or {@code format} when it is
   *     not one
   * @throws IOException when reading the file fails
   */
  public static LocalKeyEncryptionKeys readUnprotected(Path file) throws IOException {
    return parse(KeyFiles.readText(file));
  }

  /**
   * Reads a key-encryption-key file from the caller's stream (left open), as {@link
   * #readUnprotected(Path)}.
   */
  public static LocalKeyEncryptionKeys readUnprotected(InputStream in) throws IOException {
    return parse(KeyFiles.readText(in));
  }

  private static LocalKeyEncryptionKeys parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("", ViolationCode.MALFORMED_JSON, "not a JSON key file");
    }
    if (node != null && node.isObject() && !node.has("format") && node.has("primaryKeyId")) {
      // format 1.1 wrote the bare Tink JSON keyset; still read
      return keyset(json);
    }
    node = KeyFiles.read(json, FORMAT);
    if (!"none".equals(KeyFiles.text(node, "protection"))) {
      throw new InvalidInputException(
          "protection", ViolationCode.INVALID_VALUE, "unsupported protection");
    }
    LocalKeyEncryptionKeys keys = keyset(KeyFiles.keyset(node, "keyset"));
    KeyFiles.requireKeyId(node, Integer.toUnsignedLong(keys.keyset.getPrimary().getId()));
    return keys;
  }

  private static LocalKeyEncryptionKeys keyset(String tinkJson) {
    try {
      return new LocalKeyEncryptionKeys(
          TinkJsonProtoKeysetFormat.parseKeyset(tinkJson, InsecureSecretKeyAccess.get()));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new InvalidInputException(
          "keyset", ViolationCode.INVALID_VALUE, "not a Tink AES-GCM keyset");
    }
  }

  /**
   * Writes the keyset as a cleartext key file (crypto/FORMAT.md 11.3), new and owner-only ({@code
   * rw-------} on POSIX); an existing file is never replaced, so a rotated keyset goes to a new
   * file that then takes the old one's place. Raw secret access: keep the file out of the backups
   * it must outlive; a KMS ({@link KeyEncryptionKeys#fromAead}) is the protected alternative.
   *
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void writeUnprotected(Path file) throws IOException {
    KeyFiles.writeOwnerOnly(file, json());
  }

  /**
   * Writes the keyset as a cleartext key file to the caller's stream (flushed, left open). Raw
   * secret access, as {@link #writeUnprotected(Path)}.
   */
  public void writeUnprotected(OutputStream out) throws IOException {
    KeyFiles.writeText(out, json());
  }

  private String json() {
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("protection", "none");
    node.put("keyId", Integer.toUnsignedLong(keyset.getPrimary().getId()));
    try {
      node.set(
          "keyset",
          KeyFiles.embed(
              TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get())));
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot serialise the key-encryption keys", e);
    }
    return KeyFiles.write(node);
  }

  /** A new primary key; the old ones still unwrap until {@link #destroyOldKeys()}. */
  public LocalKeyEncryptionKeys rotate() {
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
      builder.addEntry(
          KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
              .withRandomId()
              .makePrimary());
      return new LocalKeyEncryptionKeys(builder.build());
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot rotate the key-encryption keys", e);
    }
  }

  /**
   * Only the primary key; whatever older keys wrapped can no longer be unwrapped. Call it after
   * every wrap was renewed ({@link OrganisationEnvelope#rewrap()}, {@link ShredKeys#rewrap()}).
   */
  public LocalKeyEncryptionKeys destroyOldKeys() {
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
      for (int i = builder.size() - 1; i >= 0; i--) {
        if (!builder.getAt(i).isPrimary()) {
          builder.deleteAt(i);
        }
      }
      return new LocalKeyEncryptionKeys(builder.build());
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot remove old key-encryption keys", e);
    }
  }

  /** How many keys the keyset holds (1 after {@link #destroyOldKeys()}). */
  public int size() {
    return keyset.size();
  }

  @Override
  public byte[] wrap(byte[] key, byte[] associatedData) throws GeneralSecurityException {
    return aead.encrypt(key, associatedData);
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    return aead.decrypt(wrapped, associatedData);
  }

  /** True when the Tink output prefix of {@code wrapped} names the primary key. */
  @Override
  public boolean isCurrent(byte[] wrapped) {
    return wrapped.length > 5
        && wrapped[0] == 1
        && ByteBuffer.wrap(wrapped, 1, 4).getInt() == keyset.getPrimary().getId();
  }

  @Override
  public String toString() {
    return "LocalKeyEncryptionKeys[" + keyset.size() + " keys, redacted]";
  }
}
