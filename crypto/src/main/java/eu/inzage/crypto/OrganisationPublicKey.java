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

  /** The public key file (crypto/FORMAT.md, "Key files"). */
  public String toJson() {
    return KeyFiles.writeKey(
        KeyFiles.start(FORMAT),
        fingerprint,
        () -> TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset));
  }

  /**
   * Reads an organisation public key file and checks its fingerprint.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   */
  public static OrganisationPublicKey fromJson(String json) {
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
