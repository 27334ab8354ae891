package eu.inzage.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.internal.TinkSupport;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * The default {@link KeyEncryptionKeys}: a Tink AES256_GCM keyset kept in a local file in Tink's
 * JSON keyset format (so that {@code tinkey} can inspect it). Rotation adds a new primary key; old
 * keys keep unwrapping until every wrap was renewed, then {@link #destroyOldKeys()} removes them
 * (GDPR Art. 32(1)(a)). A secret: {@link #toString()} shows only the key count; keep the file
 * owner-only and out of the backups it must outlive.
 */
public final class LocalKeyEncryptionKeys implements KeyEncryptionKeys {
  static {
    TinkSupport.ensureRegistered();
  }

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
      throw new IllegalStateException("cannot generate a key-encryption key", e);
    }
  }

  /**
   * Reads a Tink JSON keyset of AES-GCM keys.
   *
   * @throws InvalidInputException naming {@code keyset} when it is not one
   */
  public static LocalKeyEncryptionKeys fromJson(String tinkJson) {
    try {
      return new LocalKeyEncryptionKeys(
          TinkJsonProtoKeysetFormat.parseKeyset(tinkJson, InsecureSecretKeyAccess.get()));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new InvalidInputException(
          "keyset", ViolationCode.INVALID_VALUE, "not a Tink AES-GCM keyset");
    }
  }

  /** The keyset as Tink JSON. Raw secret access: write it owner-only, out of the backups. */
  public String toJson() {
    try {
      return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot serialise the key-encryption keys", e);
    }
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
      throw new IllegalStateException("cannot rotate the key-encryption keys", e);
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
      throw new IllegalStateException("cannot remove old key-encryption keys", e);
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
