package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.internal.KeyWrap;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.util.encoders.Base32;

/**
 * The one-time recovery key of a protected private key: 256 random bits, shown once, that unlock
 * the key when the passphrase is lost. A secret: {@link #toString()} redacts; {@link #reveal()} is
 * the one explicit way to get the text.
 */
public final class RecoveryKey {
  private static final Pattern SHAPE =
      Pattern.compile("[A-Z2-7]{4}(-[A-Z2-7]{4}){12}|[A-Z2-7]{52}");

  private final byte[] bytes;

  private RecoveryKey(byte[] bytes) {
    this.bytes = bytes;
  }

  static RecoveryKey generate() {
    return new RecoveryKey(KeyWrap.random(KeyWrap.KEY_LENGTH));
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /**
   * True when the text has the shape of a recovery key: 13 groups of 4 base32 characters joined by
   * dashes, or the 52 characters without them (crypto/FORMAT.md 3.1), in any case.
   */
  public static boolean looksLike(String text) {
    return text != null && SHAPE.matcher(normalise(text)).matches();
  }

  private static String normalise(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Parses a recovery key as {@link #reveal()} wrote it, or without its dashes (case-insensitive).
   *
   * @throws InvalidInputException naming {@code recoveryKey} when it is malformed
   */
  public static RecoveryKey parse(String text) {
    if (!looksLike(text)) {
      throw new InvalidInputException(
          "recoveryKey", ViolationCode.INVALID_VALUE, "not a recovery key");
    }
    String compact = normalise(text).replace("-", "") + "====";
    byte[] decoded = Base32.decode(compact);
    if (decoded.length != KeyWrap.KEY_LENGTH) {
      throw new InvalidInputException(
          "recoveryKey", ViolationCode.INVALID_VALUE, "not a recovery key");
    }
    return new RecoveryKey(decoded);
  }

  /** The text to show the participant once: RFC 4648 base32 without padding, in groups of 4. */
  public String reveal() {
    String text = Base32.toBase32String(bytes).replace("=", "");
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < text.length(); i += 4) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(text, i, Math.min(text.length(), i + 4));
    }
    return grouped.toString();
  }

  @Override
  public String toString() {
    return "RecoveryKey[redacted]";
  }
}
