package eu.inzage.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import eu.inzage.adapters.intake.RequestLookup;
import eu.inzage.adapters.intake.VaultAttachmentSink;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.ParticipantPublicKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The requests file of {@code inzage intake --requests}: JSON Lines, one request a line, {@code
 * {"reference": ID, "participant": ID, "recipient": PATH, "messageIds": ["<…>", …], "request":
 * PATH}} ({@code messageIds} and {@code request} optional). Read strictly: an unknown field, a
 * malformed id, a reference or Message-ID given twice, a key file that cannot be read are refused
 * naming {@code requests.LINE.FIELD} (never the value). A relative {@code recipient} path is
 * resolved against the folder of the requests file. Blank lines are skipped.
 */
final class IntakeRequests implements RequestLookup {
  private static final Set<String> FIELDS =
      Set.of("reference", "participant", "recipient", "messageIds", "request");

  /** A Message-ID as sent: angle brackets around printable ASCII without spaces. */
  private static final Pattern MESSAGE_ID = Pattern.compile("<[!-;=?-~]{1,994}>");

  /** A field name that may be repeated in an error. */
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  /** The longest line read (a request is a few hundred bytes). */
  private static final int MAX_LINE = 64 * 1024;

  private final Map<String, VaultAttachmentSink.Recipient> byReference = new HashMap<>();
  private final Map<String, String> referenceByLowerCase = new HashMap<>();
  private final Map<String, String> referenceByMessageId = new HashMap<>();
  private final Map<String, Path> requestFiles = new HashMap<>();

  private IntakeRequests() {}

  /**
   * Reads and checks the whole file, and every participant's public key it names.
   *
   * @throws InvalidInputException naming {@code --requests} or {@code requests.LINE.FIELD}
   */
  static IntakeRequests read(Cli cli, Path file) throws IOException {
    IntakeRequests requests = new IntakeRequests();
    Path folder = file.toAbsolutePath().getParent();
    ObjectReader reader = cli.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    Map<Path, ParticipantPublicKey> keys = new HashMap<>();
    try (InputStream in = cli.open("--requests", file);
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      int number = 0;
      String line;
      while ((line = readLine(lines, number + 1)) != null) {
        number++;
        if (!line.isBlank()) {
          requests.add(reader, keys, folder, "requests." + number, line);
        }
      }
    }
    if (requests.byReference.isEmpty()) {
      throw new InvalidInputException("--requests", ViolationCode.REQUIRED, "holds no request");
    }
    return requests;
  }

  private static String readLine(BufferedReader lines, int number) throws IOException {
    String line;
    try {
      line = lines.readLine();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "requests." + number, ViolationCode.MALFORMED_JSON, "not UTF-8 text");
    }
    if (line != null && line.length() > MAX_LINE) {
      throw new InvalidInputException(
          "requests." + number, ViolationCode.TOO_LONG, "longer than " + MAX_LINE + " characters");
    }
    return line;
  }

  private void add(
      ObjectReader reader,
      Map<Path, ParticipantPublicKey> keys,
      Path folder,
      String at,
      String line)
      throws IOException {
    JsonNode node;
    try {
      node = reader.readTree(line);
    } catch (JsonProcessingException e) {
      // the parser's message quotes the input
      throw new InvalidInputException(at, ViolationCode.MALFORMED_JSON, "not one JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(at, ViolationCode.MALFORMED_JSON, "not one JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        // a name that is not a plain word is the input's own text: not repeated
        throw new InvalidInputException(
            FIELD_NAME.matcher(name).matches() ? at + "." + name : at,
            ViolationCode.UNKNOWN_FIELD,
            "unknown field (expected reference, participant, recipient, messageIds, request)");
      }
    }
    String reference = Identifiers.require(at + ".reference", text(node, at, "reference"));
    String participant = Identifiers.require(at + ".participant", text(node, at, "participant"));
    String lower = reference.toLowerCase(Locale.ROOT);
    if (referenceByLowerCase.containsKey(lower)) {
      throw new InvalidInputException(
          at + ".reference", ViolationCode.INVALID_VALUE, "given on an earlier line");
    }
    ParticipantPublicKey key = key(keys, folder, at + ".recipient", text(node, at, "recipient"));
    JsonNode ids = node.get("messageIds");
    if (ids != null && !ids.isNull()) {
      if (!ids.isArray()) {
        throw new InvalidInputException(
            at + ".messageIds", ViolationCode.INVALID_VALUE, "must be a list of Message-IDs");
      }
      for (int i = 0; i < ids.size(); i++) {
        String field = at + ".messageIds." + i;
        JsonNode id = ids.get(i);
        if (!id.isTextual() || !MESSAGE_ID.matcher(id.asText()).matches()) {
          throw new InvalidInputException(
              field, ViolationCode.INVALID_VALUE, "must be a Message-ID like <id@domain>");
        }
        if (referenceByMessageId.putIfAbsent(id.asText(), reference) != null) {
          throw new InvalidInputException(
              field, ViolationCode.INVALID_VALUE, "given on an earlier line or twice");
        }
      }
    }
    JsonNode request = node.get("request");
    if (request != null && !request.isNull()) {
      requestFiles.put(reference, requestFile(folder, at + ".request", text(node, at, "request")));
    }
    referenceByLowerCase.put(lower, reference);
    byReference.put(reference, new VaultAttachmentSink.Recipient(participant, key));
  }

  /** An existing request file (the form {@code inzage status} reads), relative to the folder. */
  private static Path requestFile(Path folder, String field, String path) {
    return existingFile(folder, field, path, "no such request file");
  }

  /**
   * A path of the requests file resolved against its folder; an existing regular file.
   *
   * @param missing the message when there is no such file
   */
  private static Path existingFile(Path folder, String field, String path, String missing) {
    Path file = resolve(folder, field, path);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(field, ViolationCode.REQUIRED, missing);
    }
    return file;
  }

  private static Path resolve(Path folder, String field, String path) {
    if (path.isBlank() || path.indexOf('\0') >= 0) {
      throw new InvalidInputException(field, ViolationCode.INVALID_VALUE, "not a file path");
    }
    try {
      return folder.resolve(path).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new InvalidInputException(field, ViolationCode.INVALID_VALUE, "not a file path");
    }
  }

  /** The request file of a reference, if its line names one. */
  Optional<Path> requestFile(String reference) {
    return Optional.ofNullable(requestFiles.get(reference));
  }

  private static String text(JsonNode node, String at, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidInputException(at + "." + field, ViolationCode.REQUIRED, "is required");
    }
    if (!value.isTextual()) {
      throw new InvalidInputException(at + "." + field, ViolationCode.INVALID_VALUE, "not a text");
    }
    return value.asText();
  }

  private static ParticipantPublicKey key(
      Map<Path, ParticipantPublicKey> keys, Path folder, String field, String path)
      throws IOException {
    Path file = resolve(folder, field, path);
    ParticipantPublicKey known = keys.get(file);
    if (known != null) {
      return known;
    }
    existingFile(folder, field, path, "no such key file");
    ParticipantPublicKey key;
    try (InputStream in = Files.newInputStream(file)) {
      key = ParticipantPublicKey.read(in);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          field, e.violations().get(0).code(), "not a participant's public key file");
    }
    keys.put(file, key);
    return key;
  }

  /** The participant and key of each reference, for the vault sink. */
  VaultAttachmentSink.Recipient recipient(String reference) {
    return byReference.get(reference);
  }

  /** How many requests the file holds. */
  int size() {
    return byReference.size();
  }

  @Override
  public Optional<String> referenceForMessageId(String messageId) {
    return Optional.ofNullable(referenceByMessageId.get(messageId));
  }

  @Override
  public Optional<String> knownReference(String candidate) {
    return Optional.ofNullable(referenceByLowerCase.get(candidate.toLowerCase(Locale.ROOT)));
  }
}
