package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.internal.Fingerprints;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.TinkSupport;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A participant's private key: the only thing that opens what was sealed to them (GDPR Art. 15(3),
 * Art. 32(1)(a)). It lives with the participant, or protected by their passphrase ({@link
 * #protect}). A secret: {@link #toString()} shows only the fingerprint, and the unprotected form is
 * exported only through {@link #toUnprotectedJson()}.
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
      throw new IllegalStateException("cannot generate a participant key", e);
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
      throw new IllegalStateException("cannot rotate a participant key", e);
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
      throw new IllegalStateException("cannot disable old participant keys", e);
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
      throw new IllegalStateException("cannot change the primary participant key", e);
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
   * The private key file without protection ({@code private.json} with {@code "protection":
   * "none"}). Raw secret access: only for a participant's own device.
   */
  public String toUnprotectedJson() {
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("protection", "none");
    node.put("keyId", publicKey.keyId());
    return KeyFiles.writeKey(
        node,
        fingerprint(),
        () -> TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
  }

  /** True when the private key file is protected by a passphrase. */
  public static boolean isProtected(String json) {
    return !"none".equals(KeyFiles.read(json, FORMAT).path("protection").asText());
  }

  /**
   * Reads a private key file: an unprotected one as is; a protected one with {@code secret}, which
   * is either the passphrase or the recovery key.
   *
   * @throws InvalidInputException when the file is malformed, or protected and no secret is given
   * @throws VaultIntegrityException when the secret does not unlock it
   */
  public static ParticipantPrivateKey read(String json, char[] secret) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    String protection = KeyFiles.text(node, "protection");
    if ("none".equals(protection)) {
      return unprotected(node);
    }
    ProtectedPrivateKey key = ProtectedPrivateKey.fromJson(json);
    if (secret == null || secret.length == 0) {
      throw new InvalidInputException(
          "passphrase", ViolationCode.REQUIRED, "the private key is protected by a passphrase");
    }
    String text = new String(secret);
    if (RecoveryKey.looksLike(text)) {
      try {
        return key.unlockWithRecoveryKey(RecoveryKey.parse(text));
      } catch (VaultIntegrityException e) {
        // not the recovery key after all: try it as a passphrase
      }
    }
    return key.unlock(secret);
  }

  private static ParticipantPrivateKey unprotected(JsonNode node) {
    return KeyFiles.readKey(
        node,
        "an HPKE X25519 private keyset",
        json ->
            new ParticipantPrivateKey(
                TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())),
        ParticipantPrivateKey::fingerprint);
  }

  @Override
  public String toString() {
    return "ParticipantPrivateKey[" + fingerprint() + ", redacted]";
  }
}
