package eu.inzage.crypto.internal;

import com.google.crypto.tink.AccessesPartialKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Key fingerprints: SHA-256 of a raw public key, written {@code sha256:<64 hex digits>}. */
public final class Fingerprints {
  private static final String PREFIX = "sha256:";

  private Fingerprints() {}

  /** The fingerprint bytes of a raw public key. */
  public static byte[] of(byte[] rawPublicKey) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(rawPublicKey);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint bytes of an HPKE public key (its raw X25519 public key). */
  @AccessesPartialKey
  public static byte[] of(HpkePublicKey key) {
    return of(key.getPublicKeyBytes().toByteArray());
  }

  /** The fingerprint bytes of an Ed25519 public key (its raw 32-byte public key). */
  @AccessesPartialKey
  public static byte[] of(Ed25519PublicKey key) {
    return of(key.getPublicKeyBytes().toByteArray());
  }

  /** The text form of fingerprint bytes. */
  public static String text(byte[] fingerprint) {
    return PREFIX + HexFormat.of().formatHex(fingerprint);
  }

  /** The bytes of a text fingerprint, or null when it is malformed. */
  public static byte[] parse(String text) {
    if (text == null || !text.startsWith(PREFIX) || text.length() != PREFIX.length() + 64) {
      return null;
    }
    try {
      return HexFormat.of().parseHex(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
