package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.internal.Fingerprints;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.TinkSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A participant's private key: the only thing that opens what was sealed to them (GDPR Art. 15(3),
 * Art. 32(1)(a)). It lives with the participant, or protected by their passphrase ({@link
 * #protect}). A secret: {@link #toString()} shows only the fingerprint, and the unprotected form is
 * written only through the explicitly named {@link #writeUnprotected(Path)}. Key files are read
 * with {@link #read(Path, char[])} (protected) or {@link #readUnprotected(Path)}.
 */
public final class ParticipantPrivateKey {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-participant-private-key";

  private final KeysetHandle keyset;
  private final ParticipantPublicKey publicKey;
  private final HybridDecrypt decrypter;

  ParticipantPrivateKey(KeysetHandle keyset) throws GeneralSecurityException {
    if (!(keyset.getPrimary().getKey() instanceof HpkePrivateKey)) {
      throw new GeneralSecurityException("not an HPKE private keyset");
    }
    this.keyset = keyset;
    this.publicKey = new ParticipantPublicKey(keyset.getPublicKeysetHandle());
    this.decrypter = TinkSupport.primitive(keyset, HybridDecrypt.class);
  }

  /** A new key pair (HPKE DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM). */
  public static ParticipantPrivateKey generate() {
    try {
      return new ParticipantPrivateKey(KeysetHandle.generateNew(TinkSupport.PARTICIPANT_KEY));
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot generate a participant key", e);
    }
  }

  /** The matching public key, for the organisation. */
  public ParticipantPublicKey publicKey() {
    return publicKey;
  }

  /** The fingerprint of the public key. */
  public String fingerprint() {
    return publicKey.fingerprint();
  }

  HybridDecrypt decrypter() {
    return decrypter;
  }

  KeysetHandle keyset() {
    return keyset;
  }

  /** The key id in this keyset whose public key has the given fingerprint, if enabled. */
  OptionalLong keyIdFor(long keyId, byte[] fingerprint) {
    return find(keyId, fingerprint, true) ? OptionalLong.of(keyId) : OptionalLong.empty();
  }

  /** Whether this keyset holds the key with that id and fingerprint, enabled or not. */
  boolean holds(long keyId, byte[] fingerprint) {
    return find(keyId, fingerprint, false);
  }

  /**
   * Whether a key of this keyset has either the key id or the fingerprint but not both: a key slot
   * entry that was changed, not one for someone else's key.
   */
  boolean matchesHalf(long keyId, byte[] fingerprint) {
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry entry = keyset.getAt(i);
      if (entry.getKey() instanceof HpkePrivateKey key) {
        boolean sameId = Integer.toUnsignedLong(entry.getId()) == keyId;
        boolean sameFingerprint = Arrays.equals(Fingerprints.of(key.getPublicKey()), fingerprint);
        if (sameId != sameFingerprint) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean find(long keyId, byte[] fingerprint, boolean enabledOnly) {
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry entry = keyset.getAt(i);
      if (Integer.toUnsignedLong(entry.getId()) == keyId
          && (!enabledOnly || entry.getStatus() == KeyStatus.ENABLED)
          && entry.getKey() instanceof HpkePrivateKey key
          && Arrays.equals(Fingerprints.of(key.getPublicKey()), fingerprint)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first step of a key rotation (GDPR Art. 32(1)(a)): the same keyset plus a new key that
   * becomes primary, so that new objects are wrapped to it while the old keys still open what was
   * sealed before. Give the organisation the new {@link #publicKey()}, re-wrap the key slots with
   * {@link Vault#rewrap}, then {@link #disableOldKeys()}. A protected key must be protected again
   * ({@link #protect}), which gives a new recovery key.
   */
  public ParticipantPrivateKey rotate() {
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
      builder.addEntry(
          KeysetHandle.generateEntryFromParameters(TinkSupport.PARTICIPANT_KEY)
              .withRandomId()
              .makePrimary());
      return new ParticipantPrivateKey(builder.build());
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot rotate a participant key", e);
    }
  }

  /**
   * The last step of a key rotation: every key but the primary is disabled, so it no longer opens
   * anything, even a key slot that was not re-wrapped. Call it after {@link Vault#rewrap}.
   */
  public ParticipantPrivateKey disableOldKeys() {
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
      for (int i = 0; i < builder.size(); i++) {
        if (!builder.getAt(i).isPrimary()) {
          builder.getAt(i).setStatus(KeyStatus.DISABLED);
        }
      }
      return new ParticipantPrivateKey(builder.build());
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot disable old participant keys", e);
    }
  }

  /** The same keyset with another of its keys as primary (to roll a failed rotation back). */
  ParticipantPrivateKey withPrimary(long keyId) {
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
      for (int i = 0; i < builder.size(); i++) {
        if (Integer.toUnsignedLong(keyset.getAt(i).getId()) == keyId) {
          builder.getAt(i).setStatus(KeyStatus.ENABLED).makePrimary();
        }
      }
      return new ParticipantPrivateKey(builder.build());
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot change the primary participant key", e);
    }
  }

  /** How many keys of this keyset can still open key slots (the primary and any not disabled). */
  public int enabledKeys() {
    int enabled = 0;
    for (int i = 0; i < keyset.size(); i++) {
      if (keyset.getAt(i).getStatus() == KeyStatus.ENABLED) {
        enabled++;
      }
    }
    return enabled;
  }

  /**
   * Protects this key with a passphrase (Argon2id) and a new one-time recovery key; either one
   * unlocks it. The sealed data is not touched.
   */
  public PassphraseProtection protect(char[] passphrase, Argon2Parameters parameters) {
    return ProtectedPrivateKey.create(this, passphrase, parameters);
  }

  /**
   * Writes the private key file without protection ({@code private.json} with {@code "protection":
   * "none"}) as a new owner-only file ({@code rw-------} on POSIX); an existing file is never
   * replaced. Raw secret access: only for a participant's own device. To store it anywhere else,
   * {@link #protect} it and write the {@link ProtectedPrivateKey}.
   *
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void writeUnprotected(Path file) throws IOException {
    KeyFiles.writeOwnerOnly(file, unprotectedJson());
  }

  /**
   * Writes the private key file without protection to the caller's stream (flushed, left open). Raw
   * secret access, as {@link #writeUnprotected(Path)}.
   */
  public void writeUnprotected(OutputStream out) throws IOException {
    KeyFiles.writeText(out, unprotectedJson());
  }

  private String unprotectedJson() {
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("protection", "none");
    node.put("keyId", publicKey.keyId());
    return KeyFiles.writeKey(
        node,
        fingerprint(),
        () -> TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
  }

  /**
   * True when the private key file is protected by a passphrase (then read it with {@link
   * #read(Path, char[])}, else with {@link #readUnprotected(Path)}).
   *
   * @throws InvalidInputException when it is not a private key file
   * @throws IOException when reading the file fails
   */
  public static boolean isProtected(Path file) throws IOException {
    return isProtectedJson(KeyFiles.readText(file));
  }

  /**
   * True when the private key file in the caller's stream (read to its end, left open) is protected
   * by a passphrase.
   *
   * @throws InvalidInputException when it is not a private key file
   * @throws IOException when reading the stream fails
   */
  public static boolean isProtected(InputStream in) throws IOException {
    return isProtectedJson(KeyFiles.readText(in));
  }

  private static boolean isProtectedJson(String json) {
    return !"none".equals(KeyFiles.read(json, FORMAT).path("protection").asText());
  }

  /**
   * Reads a protected private key file and unlocks it with {@code secret}, which is either the
   * passphrase or the recovery key (GDPR Art. 32(1)(a)); the same as {@link
   * ProtectedPrivateKey#read(Path)} followed by {@code unlock} or {@code unlockWithRecoveryKey}.
   *
   * @throws InvalidInputException when the file is malformed or unprotected (read that with {@link
   *     #readUnprotected(Path)}), or no secret is given
   * @throws WrongKeyException when the secret is neither the passphrase nor the recovery key
   * @throws VaultIntegrityException when the key file was changed
   * @throws IOException when reading the file fails
   */
  public static ParticipantPrivateKey read(Path file, char[] secret) throws IOException {
    return unlock(KeyFiles.readText(file), secret);
  }

  /**
   * Reads a protected private key file from the caller's stream (left open) and unlocks it with the
   * passphrase or the recovery key, as {@link #read(Path, char[])}.
   *
   * @throws InvalidInputException when the file is malformed or unprotected, or no secret is given
   * @throws WrongKeyException when the secret is neither the passphrase nor the recovery key
   * @throws VaultIntegrityException when the key file was changed
   * @throws IOException when reading the stream fails
   */
  public static ParticipantPrivateKey read(InputStream in, char[] secret) throws IOException {
    return unlock(KeyFiles.readText(in), secret);
  }

  private static ParticipantPrivateKey unlock(String json, char[] secret) {
    ProtectedPrivateKey key = ProtectedPrivateKey.parse(json);
    if (secret == null || secret.length == 0) {
      throw new InvalidInputException(
          "passphrase", ViolationCode.REQUIRED, "the private key is protected by a passphrase");
    }
    String text = new String(secret);
    if (RecoveryKey.looksLike(text)) {
      try {
        return key.unlockWithRecoveryKey(RecoveryKey.parse(text));
      } catch (WrongKeyException e) {
        // not the recovery key after all: try it as a passphrase
      }
    }
    return key.unlock(secret);
  }

  /**
   * Reads an unprotected private key file ({@code "protection": "none"}). Raw secret access: only
   * on a participant's own device.
   *
   * @throws InvalidInputException when the file is malformed or protected (read that with {@link
   *     #read(Path, char[])})
   * @throws IOException when reading the file fails
   */
  public static ParticipantPrivateKey readUnprotected(Path file) throws IOException {
    return unprotected(KeyFiles.readText(file));
  }

  /**
   * Reads an unprotected private key file from the caller's stream (left open), as {@link
   * #readUnprotected(Path)}.
   *
   * @throws InvalidInputException when the file is malformed or protected
   * @throws IOException when reading the stream fails
   */
  public static ParticipantPrivateKey readUnprotected(InputStream in) throws IOException {
    return unprotected(KeyFiles.readText(in));
  }

  private static ParticipantPrivateKey unprotected(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    if (!"none".equals(KeyFiles.text(node, "protection"))) {
      throw new InvalidInputException(
          "protection",
          ViolationCode.INVALID_VALUE,
          "the private key is protected; read it with its passphrase");
    }
    ParticipantPrivateKey key =
        KeyFiles.readKey(
            node,
            "an HPKE X25519 private keyset",
            keyset ->
                new ParticipantPrivateKey(
                    TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())),
            ParticipantPrivateKey::fingerprint);
    KeyFiles.requireKeyId(node, key.publicKey().keyId());
    return key;
  }

  @Override
  public String toString() {
    return "ParticipantPrivateKey[" + fingerprint() + ", redacted]";
  }
}
