package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import eu.inzage.core.InvalidInputException;
import eu.inzage.crypto.internal.Fingerprints;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.TinkSupport;
import java.security.GeneralSecurityException;

/**
 * A participant's public key: what the organisation stores to seal data to them (GDPR Art.
 * 32(1)(a)). An HPKE X25519 keyset; its {@link #fingerprint()} lets the participant check it is
 * theirs. Safe to log and share.
 */
public final class ParticipantPublicKey {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-participant-public-key";

  private final KeysetHandle keyset;
  private final long keyId;
  private final byte[] fingerprint;
  private final HybridEncrypt encrypter;

  ParticipantPublicKey(KeysetHandle publicKeyset) throws GeneralSecurityException {
    if (!(publicKeyset.getPrimary().getKey() instanceof HpkePublicKey primary)
        || !primary.getParameters().equals(TinkSupport.PARTICIPANT_KEY)) {
      throw new GeneralSecurityException("not an HPKE X25519 public keyset");
    }
    this.keyset = publicKeyset;
    this.keyId = Integer.toUnsignedLong(publicKeyset.getPrimary().getId());
    this.fingerprint = Fingerprints.of(primary);
    this.encrypter = TinkSupport.primitive(publicKeyset, HybridEncrypt.class);
  }

  /** The Tink key id of the primary key, recorded in every key slot and manifest. */
  public long keyId() {
    return keyId;
  }

  /** {@code sha256:} and the hex SHA-256 of the primary key's raw X25519 public key. */
  public String fingerprint() {
    return Fingerprints.text(fingerprint);
  }

  byte[] fingerprintBytes() {
    return fingerprint.clone();
  }

  HybridEncrypt encrypter() {
    return encrypter;
  }

  /** The public key file ({@code public.json}, crypto/FORMAT.md "Key files"). */
  public String toJson() {
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("keyId", keyId);
    return KeyFiles.writeKey(
        node, fingerprint(), () -> TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset));
  }

  /**
   * Reads a public key file and checks its fingerprint.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   */
  public static ParticipantPublicKey fromJson(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    return KeyFiles.readKey(
        node,
        "an HPKE X25519 public keyset",
        keyset ->
            new ParticipantPublicKey(TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keyset)),
        ParticipantPublicKey::fingerprint);
  }

  @Override
  public String toString() {
    return "ParticipantPublicKey[" + fingerprint() + "]";
  }
}
