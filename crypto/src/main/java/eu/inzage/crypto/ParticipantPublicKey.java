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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
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

  /**
   * Writes the public key file ({@code public.json}, crypto/FORMAT.md "Key files") as a new file,
   * owner-only ({@code rw-------} on POSIX; widen it to share the file). An existing file is never
   * replaced.
   *
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void write(Path file) throws IOException {
    KeyFiles.writeOwnerOnly(file, json());
  }

  /** Writes the public key file to the caller's stream, which is flushed and left open. */
  public void write(OutputStream out) throws IOException {
    KeyFiles.writeText(out, json());
  }

  private String json() {
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("keyId", keyId);
    return KeyFiles.writeKey(
        node, fingerprint(), () -> TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset));
  }

  /**
   * Reads a public key file and checks its fingerprint.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   * @throws IOException when reading the file fails
   */
  public static ParticipantPublicKey read(Path file) throws IOException {
    return parse(KeyFiles.readText(file));
  }

  /**
   * Reads a public key file from the caller's stream (left open) and checks its fingerprint.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   * @throws IOException when reading the stream fails
   */
  public static ParticipantPublicKey read(InputStream in) throws IOException {
    return parse(KeyFiles.readText(in));
  }

  private static ParticipantPublicKey parse(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    ParticipantPublicKey key =
        KeyFiles.readKey(
            node,
            "an HPKE X25519 public keyset",
            keyset ->
                new ParticipantPublicKey(
                    TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keyset)),
            ParticipantPublicKey::fingerprint);
    KeyFiles.requireKeyId(node, key.keyId());
    return key;
  }

  @Override
  public String toString() {
    return "ParticipantPublicKey[" + fingerprint() + "]";
  }
}
