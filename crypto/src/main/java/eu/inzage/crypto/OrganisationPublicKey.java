package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519PublicKey;
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
 * The organisation's public Ed25519 keyset that verifies manifest signatures; pin it when opening
 * so that only manifests the organisation signed are accepted (GDPR Art. 5(1)(f), integrity). Safe
 * to log and share.
 */
public final class OrganisationPublicKey {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-organisation-public-key";

  private final KeysetHandle keyset;
  private final String fingerprint;
  private final PublicKeyVerify verifier;

  OrganisationPublicKey(KeysetHandle publicKeyset) throws GeneralSecurityException {
    if (!(publicKeyset.getPrimary().getKey() instanceof Ed25519PublicKey primary)) {
      throw new GeneralSecurityException("not an Ed25519 public keyset");
    }
    this.keyset = publicKeyset;
    this.fingerprint = Fingerprints.text(Fingerprints.of(primary));
    this.verifier = TinkSupport.primitive(publicKeyset, PublicKeyVerify.class);
  }

  /** {@code sha256:} and the hex SHA-256 of the primary key's raw Ed25519 public key. */
  public String fingerprint() {
    return fingerprint;
  }

  PublicKeyVerify verifier() {
    return verifier;
  }

  /**
   * Writes the public key file (crypto/FORMAT.md, "Key files") as a new file, owner-only ({@code
   * rw-------} on POSIX; widen it to publish the file). An existing file is never replaced.
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
    return KeyFiles.writeKey(
        KeyFiles.start(FORMAT),
        fingerprint,
        () -> TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset));
  }

  /**
   * Reads an organisation public key file and checks its fingerprint.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   * @throws IOException when reading the file fails
   */
  public static OrganisationPublicKey read(Path file) throws IOException {
    return parse(KeyFiles.readText(file));
  }

  /**
   * Reads an organisation public key file from the caller's stream (left open).
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   * @throws IOException when reading the stream fails
   */
  public static OrganisationPublicKey read(InputStream in) throws IOException {
    return parse(KeyFiles.readText(in));
  }

  private static OrganisationPublicKey parse(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    return KeyFiles.readKey(
        node,
        "an Ed25519 public keyset",
        keyset ->
            new OrganisationPublicKey(TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keyset)),
        OrganisationPublicKey::fingerprint);
  }

  @Override
  public String toString() {
    return "OrganisationPublicKey[" + fingerprint + "]";
  }
}
