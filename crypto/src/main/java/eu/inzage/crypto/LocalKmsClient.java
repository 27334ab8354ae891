package eu.inzage.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * A Tink {@link KmsClient} whose keys are local key-encryption-key files ({@link
 * LocalKeyEncryptionKeys}), named by URIs {@code inzage-kek://} followed by the file's absolute
 * path. For a single machine whose KEK file lies on a separate, more tightly held mount than the
 * sealing process's own files, and for tests of everything that takes a {@code KmsClient}; a cloud
 * KMS ({@code tink-gcpkms}, {@code tink-awskms}) keeps the key where no file can be copied, and is
 * the better choice wherever it is available (GDPR Art. 32(1)). Stateless and thread-safe: the file
 * is read on every {@link #getAead}.
 */
public final class LocalKmsClient implements KmsClient {
  /** The URI prefix of the keys of this client. */
  public static final String PREFIX = "inzage-kek://";

  /** A client for every {@code inzage-kek://} key. */
  public LocalKmsClient() {}

  /** The URI of the KEK file at {@code file} (made absolute). */
  public static String uri(Path file) {
    return PREFIX + file.toAbsolutePath().normalize();
  }

  @Override
  public boolean doesSupport(String keyUri) {
    return keyUri != null && keyUri.startsWith(PREFIX) && keyUri.length() > PREFIX.length();
  }

  /** Credentials have no meaning for a local file: returns this client. */
  @Override
  public KmsClient withCredentials(String credentialPath) {
    return this;
  }

  /** Credentials have no meaning for a local file: returns this client. */
  @Override
  public KmsClient withDefaultCredentials() {
    return this;
  }

  /**
   * The AEAD of the KEK file the URI names: encrypts under its primary key, decrypts under any.
   *
   * @throws GeneralSecurityException when the URI is not an {@code inzage-kek://} URI or the file
   *     cannot be read as a KEK file (the path is not repeated)
   */
  @Override
  public Aead getAead(String keyUri) throws GeneralSecurityException {
    if (!doesSupport(keyUri)) {
      throw new GeneralSecurityException("not an " + PREFIX + " key URI");
    }
    LocalKeyEncryptionKeys keys;
    try {
      keys = LocalKeyEncryptionKeys.readUnprotected(Path.of(keyUri.substring(PREFIX.length())));
    } catch (IOException | RuntimeException e) {
      throw new GeneralSecurityException("cannot read the key-encryption-key file", e);
    }
    return new Aead() {
      @Override
      public byte[] encrypt(byte[] plaintext, byte[] associatedData)
          throws GeneralSecurityException {
        return keys.wrap(plaintext, associatedData);
      }

      @Override
      public byte[] decrypt(byte[] ciphertext, byte[] associatedData)
          throws GeneralSecurityException {
        return keys.unwrap(ciphertext, associatedData);
      }
    };
  }

  @Override
  public String toString() {
    return "LocalKmsClient[" + PREFIX + "]";
  }
}
