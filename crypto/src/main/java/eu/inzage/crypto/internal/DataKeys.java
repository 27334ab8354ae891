package eu.inzage.crypto.internal;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-object data keys: 32 random bytes used as the initial key material of Tink's
 * AES256_GCM_HKDF_1MB streaming AEAD (HKDF-SHA256, 32-byte derived keys, 1 MiB ciphertext segments,
 * no first-segment offset), and the key commitment recorded in the signed manifest.
 */
public final class DataKeys {
  /** Length of a data key in bytes. */
  public static final int KEY_LENGTH = 32;

  /** The ciphertext segment size of AES256_GCM_HKDF_1MB. */
  public static final int SEGMENT_SIZE = 1 << 20;

  /** The stream header length: 1 length byte, 32 bytes salt, 7 bytes nonce prefix. */
  public static final int HEADER_LENGTH = 1 + KEY_LENGTH + 7;

  private static final byte[] COMMITMENT_LABEL =
      "INZAGE-VAULT key commitment".getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();

  private DataKeys() {}

  /** A fresh random data key. */
  public static byte[] generate() {
    byte[] key = new byte[KEY_LENGTH];
    RANDOM.nextBytes(key);
    return key;
  }

  /** The streaming AEAD for a data key. */
  public static StreamingAead streamingAead(byte[] key) throws GeneralSecurityException {
    if (key.length != KEY_LENGTH) {
      throw new GeneralSecurityException("data key has the wrong length");
    }
    return new AesGcmHkdfStreaming(key, "HmacSha256", KEY_LENGTH, SEGMENT_SIZE, 0);
  }

  /**
   * HMAC-SHA256 keyed with the data key over {@code "INZAGE-VAULT key commitment" || ad}: commits
   * the signed manifest to this one key without revealing it.
   */
  public static byte[] commitment(byte[] key, byte[] associatedData)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    mac.update(COMMITMENT_LABEL);
    return mac.doFinal(associatedData);
  }
}
