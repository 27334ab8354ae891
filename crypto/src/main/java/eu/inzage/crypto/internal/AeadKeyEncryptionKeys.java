package eu.inzage.crypto.internal;

import com.google.crypto.tink.Aead;
import eu.inzage.crypto.KeyEncryptionKeys;
import java.security.GeneralSecurityException;
import java.util.Objects;

/** Key-encryption keys behind a Tink {@link Aead}, e.g. one a {@code KmsClient} returned. */
public final class AeadKeyEncryptionKeys implements KeyEncryptionKeys {
  private final Aead aead;

  /** KEKs held by {@code aead}. */
  public AeadKeyEncryptionKeys(Aead aead) {
    this.aead = Objects.requireNonNull(aead, "aead");
  }

  @Override
  public byte[] wrap(byte[] key, byte[] associatedData) throws GeneralSecurityException {
    return aead.encrypt(key, associatedData);
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    return aead.decrypt(wrapped, associatedData);
  }

  @Override
  public boolean isCurrent(byte[] wrapped) {
    return true;
  }

  @Override
  public String toString() {
    return "AeadKeyEncryptionKeys";
  }
}
