package eu.inzage.letters.internal.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.CollectiveEntry;
import eu.inzage.letters.CollectiveSource;
import eu.inzage.letters.LetterFacts;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Participants in a JSON Lines file. {@link #count()} reads every line and reports up to {@value
 * #MAX_REPORTED} bad lines at once, each violation's field prefixed with {@code participants.LINE}.
 */
public final class ParticipantLines implements CollectiveSource {
  /** The most violations one check reports. */
  static final int MAX_REPORTED = 100;

  private static final int MAX_LINE = 1 << 20;
  private static final ObjectMapper TREE = InzageJson.newMapper();

  private final Path file;
  private final ModelValidator validator;

  /** Participants in {@code file}, checked by {@code validator}. */
  public ParticipantLines(Path file, ModelValidator validator) {
    this.file = file;
    this.validator = validator;
  }

  @Override
  public long count() {
    List<Violation> violations = new ArrayList<>();
    long count = 0;
    try (BufferedReader reader = open()) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          parse(line, lineNo);
          count++;
        } catch (InvalidInputException e) {
          violations.addAll(e.violations());
          if (violations.size() >= MAX_REPORTED) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (count == 0) {
      throw new InvalidInputException(
          "participants", ViolationCode.REQUIRED, "the file holds no participant");
    }
    return count;
  }

  @Override
  public Iterator<CollectiveEntry> entries() {
    BufferedReader reader = open();
    return new Iterator<>() {
      private int lineNo;
      private CollectiveEntry next = advance();

      private CollectiveEntry advance() {
        try {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (!line.isBlank()) {
              return parse(line, lineNo);
            }
          }
          reader.close();
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public CollectiveEntry next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        CollectiveEntry entry = next;
        next = advance();
        return entry;
      }
    };
  }

  private BufferedReader open() {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("participants", ViolationCode.REQUIRED, "file not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CollectiveEntry parse(String line, int lineNo) {
    String prefix = "participants." + lineNo;
    if (line.length() > MAX_LINE) {
      throw new InvalidInputException(prefix, ViolationCode.TOO_LONG, "line is too long");
    }
    JsonNode tree;
    try {
      tree = TREE.readTree(line);
    } catch (IOException e) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidInputException(
          prefix, ViolationCode.MALFORMED_JSON, "line " + lineNo + " is not a JSON object");
    }
    if (!tree.has("participant")) {
      return CollectiveEntry.of(read(tree, prefix, Participant.class));
    }
    List<Violation> violations = new ArrayList<>();
    tree.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("participant") && !name.equals("facts")) {
                violations.add(
                    new Violation(
                        prefix + "." + name, ViolationCode.UNKNOWN_FIELD, "unknown field"));
              }
            });
    Participant participant = null;
    LetterFacts facts = null;
    try {
      participant = read(tree.get("participant"), prefix + ".participant", Participant.class);
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
    }
    if (tree.hasNonNull("facts")) {
      try {
        facts = read(tree.get("facts"), prefix + ".facts", LetterFacts.class);
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new CollectiveEntry(participant, facts);
  }

  private <T> T read(JsonNode node, String prefix, Class<T> type) {
    try {
      byte[] bytes = TREE.writeValueAsBytes(node);
      return validator.read(new ByteArrayInputStream(bytes), type);
    } catch (InvalidInputException e) {
      List<Violation> prefixed = new ArrayList<>();
      for (Violation v : e.violations()) {
        String field = v.field().isEmpty() ? prefix : prefix + "." + v.field();
        prefixed.add(new Violation(field, v.code(), v.message()));
      }
      throw new InvalidInputException(prefixed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
