package eu.inzage.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The building blocks of a protected private key (crypto/FORMAT.md, "Protected private key"):
 * AES-256-GCM with 12-byte random nonces and Argon2id (version 0x13) key derivation.
 */
public final class KeyWrap {
  /** Length of every symmetric key here. */
  public static final int KEY_LENGTH = 32;

  /** Length of an AES-GCM nonce. */
  public static final int NONCE_LENGTH = 12;

  /** Length of an Argon2id salt. */
  public static final int SALT_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyWrap() {}

  /** Random bytes. */
  public static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The associated data {@code "inzage-private-key/1/" + purpose + "/" + fingerprint}. */
  public static byte[] associatedData(String purpose, String fingerprint) {
    return ("inzage-private-key/1/" + purpose + "/" + fingerprint)
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** AES-256-GCM encryption (ciphertext with the 16-byte tag appended). */
  public static byte[] seal(byte[] key, byte[] nonce, byte[] ad, byte[] plaintext)
      throws GeneralSecurityException {
    return cipher(Cipher.ENCRYPT_MODE, key, nonce, ad).doFinal(plaintext);
  }

  /** AES-256-GCM decryption; fails when anything was changed or the key is wrong. */
  public static byte[] open(byte[] key, byte[] nonce, byte[] ad, byte[] ciphertext)
      throws GeneralSecurityException {
    return cipher(Cipher.DECRYPT_MODE, key, nonce, ad).doFinal(ciphertext);
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] ad)
      throws GeneralSecurityException {
    if (key.length != KEY_LENGTH || nonce.length != NONCE_LENGTH) {
      throw new GeneralSecurityException("bad key or nonce length");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(ad);
    return cipher;
  }

  /** Argon2id (v0x13) of the passphrase's UTF-8 bytes, 32 bytes of output. */
  public static byte[] argon2id(
      char[] passphrase, byte[] salt, int memoryKiB, int iterations, int parallelism) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKiB)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[KEY_LENGTH];
    generator.generateBytes(passphrase, out);
    return out;
  }
}
