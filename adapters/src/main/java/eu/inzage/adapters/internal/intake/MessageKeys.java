package eu.inzage.adapters.internal.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** The stable key of a message and the SHA-256 helpers. */
final class MessageKeys {
  /** A well-formed key. */
  static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

  private MessageKeys() {}

  /** The key of a message with a (well-formed) Message-ID. */
  static String ofMessageId(String messageId) {
    return hex(digest("message-id\n" + messageId)).substring(0, 32);
  }

  /** The key of a message without a usable Message-ID: its raw header lines and its size. */
  static String ofHeaders(List<String> headerLines, int size) {
    MessageDigest digest = sha256();
    digest.update("headers\n".getBytes(StandardCharsets.UTF_8));
    for (String line : headerLines) {
      digest.update(line.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    digest.update(Integer.toString(size).getBytes(StandardCharsets.UTF_8));
    return hex(digest.digest()).substring(0, 32);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static byte[] digest(String text) {
    return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
