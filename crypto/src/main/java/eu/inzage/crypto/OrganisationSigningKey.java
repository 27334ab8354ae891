package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import eu.inzage.core.InvalidInputException;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.TinkSupport;
import java.security.GeneralSecurityException;

/**
 * The organisation's Ed25519 keyset that signs every manifest, so that the participant can check
 * who sealed what and when (GDPR Art. 5(2), accountability). A secret: {@link #toString()} shows
 * only the fingerprint.
 */
public final class OrganisationSigningKey {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-organisation-signing-key";

  private final KeysetHandle keyset;
  private final OrganisationPublicKey publicKey;
  private final PublicKeySign signer;

  private OrganisationSigningKey(KeysetHandle keyset) throws GeneralSecurityException {
    if (!(keyset.getPrimary().getKey() instanceof Ed25519PrivateKey)) {
      throw new GeneralSecurityException("not an Ed25519 private keyset");
    }
    this.keyset = keyset;
    this.publicKey = new OrganisationPublicKey(keyset.getPublicKeysetHandle());
    this.signer = TinkSupport.primitive(keyset, PublicKeySign.class);
  }

  /** A new Ed25519 signing keyset. */
  public static OrganisationSigningKey generate() {
    try {
      return new OrganisationSigningKey(KeysetHandle.generateNew(TinkSupport.ORGANISATION_KEY));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate an organisation key", e);
    }
  }

  /** The public half, to pin when opening. */
  public OrganisationPublicKey publicKey() {
    return publicKey;
  }

  PublicKeySign signer() {
    return signer;
  }

  /** The signing key file, unprotected. Raw secret access: keep it where only the vault runs. */
  public String toUnprotectedJson() {
    return KeyFiles.writeKey(
        KeyFiles.start(FORMAT),
        publicKey.fingerprint(),
        () -> TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
  }

  /**
   * Reads a signing key file.
   *
   * @throws InvalidInputException naming the field that is missing or wrong
   */
  public static OrganisationSigningKey fromUnprotectedJson(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    return KeyFiles.readKey(
        node,
        "an Ed25519 signing keyset",
        keyset ->
            new OrganisationSigningKey(
                TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())),
        k -> k.publicKey().fingerprint());
  }

  @Override
  public String toString() {
    return "OrganisationSigningKey[" + publicKey.fingerprint() + ", redacted]";
  }
}
