package eu.inzage.crypto;

import com.google.crypto.tink.Aead;
import eu.inzage.crypto.internal.AeadKeyEncryptionKeys;
import java.security.GeneralSecurityException;

/**
 * The organisation's key-encryption keys (KEK): they wrap the data keys of documents the
 * organisation itself must read ({@link OrganisationEnvelope}) and the participants' shred keys
 * ({@link ShredKeys}) (GDPR Art. 32(1)(a)). A local Tink keyset file by default ({@link
 * LocalKeyEncryptionKeys}); a cloud KMS through Tink's {@code KmsClient} and {@link #fromAead}.
 * Keep them out of the backups they must outlive.
 */
public interface KeyEncryptionKeys {
  /** Wraps key material under the current KEK, bound to {@code associatedData}. */
  byte[] wrap(byte[] key, byte[] associatedData) throws GeneralSecurityException;

  /** Unwraps what {@link #wrap} returned, under whichever KEK version wrapped it. */
  byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException;

  /** Whether {@code wrapped} is under the current KEK, i.e. needs no re-wrap after a rotation. */
  boolean isCurrent(byte[] wrapped);

  /**
   * KEKs held by any Tink {@link Aead}, typically a cloud KMS key: {@code new
   * GcpKmsClient().withDefaultCredentials().getAead("gcp-kms://projects/…/cryptoKeys/kek")} (from
   * {@code tink-gcpkms}; {@code tink-awskms} likewise). The KMS keeps its own key versions and
   * rotates them, so every wrap counts as current.
   */
  static KeyEncryptionKeys fromAead(Aead aead) {
    return new AeadKeyEncryptionKeys(aead);
  }
}
