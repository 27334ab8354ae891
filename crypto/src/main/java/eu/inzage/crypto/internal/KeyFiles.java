package eu.inzage.crypto.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;

/** The JSON envelope shared by the key files (crypto/FORMAT.md, "Key files"). */
public final class KeyFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The largest key file read (1 MiB): a key file is a few kilobytes. */
  public static final int MAX_BYTES = 1 << 20;

  private KeyFiles() {}

  /** A new key file object with its format name and version 1. */
  public static ObjectNode start(String format) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("format", format);
    node.put("version", 1);
    return node;
  }

  /** Writes a key file object as pretty JSON. */
  public static String write(ObjectNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a key file and checks its format name and version. */
  public static JsonNode read(String json, String format) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("", ViolationCode.MALFORMED_JSON, "not a JSON key file");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException("", ViolationCode.MALFORMED_JSON, "not a JSON key file");
    }
    if (!format.equals(node.path("format").asText())) {
      throw new InvalidInputException("format", ViolationCode.INVALID_VALUE, "expected " + format);
    }
    if (node.path("version").asInt(-1) != 1) {
      throw new InvalidInputException("version", ViolationCode.INVALID_VALUE, "unsupported");
    }
    return node;
  }

  /**
   * The text of a key file from the caller's stream (not closed), at most {@link #MAX_BYTES}.
   *
   * @throws InvalidInputException when the stream holds more
   */
  public static String readText(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          "", ViolationCode.INVALID_VALUE, "larger than a key file can be (1 MiB)");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The text of a key file. */
  public static String readText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readText(in);
    }
  }

  /** Writes a key file to the caller's stream, flushed and left open. */
  public static void writeText(OutputStream out, String json) throws IOException {
    out.write(json.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a new key file that only its owner may read and write ({@code rw-------} on POSIX file
   * systems; elsewhere the directory's default access applies): a temporary file beside it, fsync,
   * then a hard link under the target name, which fails when a file is already there. An existing
   * file is never replaced, and a failure leaves nothing half written.
   *
   * @throws FileAlreadyExistsException when a file is already at {@code target}
   */
  public static void writeOwnerOnly(Path target, String json) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw alreadyThere();
    }
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    Path temp =
        dir.resolve("." + absolute.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
    try {
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            temp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temp);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer =
            java.nio.ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.createLink(absolute, temp);
      } catch (FileAlreadyExistsException e) {
        throw alreadyThere();
      } catch (UnsupportedOperationException | FileSystemException e) {
        // no hard links here: a move without REPLACE_EXISTING still refuses an existing target
        try {
          Files.move(temp, absolute);
        } catch (FileAlreadyExistsException again) {
          throw alreadyThere();
        }
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static FileAlreadyExistsException alreadyThere() {
    // no path in the message: file names can contain names
    return new FileAlreadyExistsException(
        null, null, "a file is already at the key file's path; nothing was replaced");
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms cannot open or sync a directory; the file itself is synced
    }
  }

  /** A required text field. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "missing or not a string");
    }
    return value.asText();
  }

  /** A required integer field. */
  public static long number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "missing or not an integer");
    }
    return value.asLong();
  }

  /** A required base64 field. */
  public static byte[] bytes(JsonNode node, String field) {
    try {
      return Base64.getDecoder().decode(text(node, field));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, ViolationCode.INVALID_VALUE, "not base64");
    }
  }

  /** Base64 text of bytes. */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Embeds a Tink JSON keyset as a JSON object. */
  public static JsonNode embed(String tinkJson) {
    try {
      return MAPPER.readTree(tinkJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a Tink JSON keyset into a key object. */
  @FunctionalInterface
  public interface KeysetParser<T> {
    /** The key object for a Tink JSON keyset. */
    T parse(String tinkJson) throws GeneralSecurityException;
  }

  /** Serialises a keyset to Tink JSON. */
  @FunctionalInterface
  public interface KeysetSerializer {
    /** The Tink JSON keyset. */
    String serialize() throws GeneralSecurityException;
  }

  /**
   * Reads the {@code keyset} of a key file and checks it against the stated {@code fingerprint}.
   *
   * @throws InvalidInputException naming {@code keyset} or {@code fingerprint}
   */
  public static <T> T readKey(
      JsonNode node, String description, KeysetParser<T> parser, Function<T, String> fingerprint) {
    T key;
    try {
      key = parser.parse(keyset(node, "keyset"));
    } catch (GeneralSecurityException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException("keyset", ViolationCode.INVALID_VALUE, "not " + description);
    }
    if (!fingerprint.apply(key).equals(text(node, "fingerprint"))) {
      throw new InvalidInputException(
          "fingerprint", ViolationCode.INVALID_VALUE, "does not match the keyset");
    }
    return key;
  }

  /**
   * Checks a key file's {@code keyId} against the key id of its keyset's primary key
   * (crypto/FORMAT.md 3: every key file that states a key id).
   *
   * @throws InvalidInputException naming {@code keyId} when it is missing or differs
   */
  public static void requireKeyId(JsonNode node, long primaryKeyId) {
    if (number(node, "keyId") != primaryKeyId) {
      throw new InvalidInputException(
          "keyId", ViolationCode.INVALID_VALUE, "does not name the keyset's primary key");
    }
  }

  /** Completes a key file with its fingerprint and keyset and writes it. */
  public static String writeKey(ObjectNode node, String fingerprint, KeysetSerializer keyset) {
    try {
      node.put("fingerprint", fingerprint);
      node.set("keyset", embed(keyset.serialize()));
      return write(node);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot serialise a keyset", e);
    }
  }

  /** The Tink JSON keyset embedded in a field. */
  public static String keyset(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isObject()) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, "missing keyset");
    }
    return value.toString();
  }
}
