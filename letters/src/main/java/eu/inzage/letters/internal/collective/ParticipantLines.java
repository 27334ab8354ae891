package eu.inzage.letters.internal.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.CollectiveEntry;
import eu.inzage.letters.CollectiveSource;
import eu.inzage.letters.LetterFacts;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * #MAX_REPORTED} violations at once, each field prefixed with {@code participants.LINE}: malformed
 * JSON or UTF-8, invalid participants or facts, and an id that an earlier line already used (the
 * same person twice in one request).
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
    IdSet ids = new IdSet();
    long count = 0;
    int lineNo = 0;
    try (LineReader reader = open()) {
      for (byte[] bytes = reader.next(); bytes != null; bytes = reader.next()) {
        lineNo++;
        try {
          String line = decode(bytes, lineNo);
          if (line.isBlank()) {
            continue;
          }
          CollectiveEntry entry = parse(line, lineNo);
          int earlier = ids.add(entry.participant().id(), lineNo);
          if (earlier > 0) {
            throw new InvalidInputException(
                "participants." + lineNo + ".id",
                ViolationCode.INVALID_VALUE,
                "the same participant id as on line " + earlier);
          }
          count++;
        } catch (InvalidInputException e) {
          violations.addAll(e.violations());
          if (violations.size() >= MAX_REPORTED) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new StorageException("cannot read the participants file", e);
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
    LineReader reader = open();
    return new Iterator<>() {
      private int lineNo;
      private CollectiveEntry next = advance();

      private CollectiveEntry advance() {
        try {
          for (byte[] bytes = reader.next(); bytes != null; bytes = reader.next()) {
            lineNo++;
            String line = decode(bytes, lineNo);
            if (!line.isBlank()) {
              return parse(line, lineNo);
            }
          }
          reader.close();
          return null;
        } catch (IOException e) {
          throw new StorageException("cannot read the participants file", e);
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

  private LineReader open() {
    try {
      return new LineReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("participants", ViolationCode.REQUIRED, "file not found");
    } catch (IOException e) {
      throw new StorageException("cannot read the participants file", e);
    }
  }

  /**
   * One line's bytes as UTF-8; malformed bytes name the line (the reader decodes nothing ahead).
   */
  private static String decode(byte[] bytes, int lineNo) {
    if (bytes.length > MAX_LINE) {
      throw new InvalidInputException(
          "participants." + lineNo, ViolationCode.TOO_LONG, "line is too long");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "participants." + lineNo, ViolationCode.MALFORMED_JSON, "line is not UTF-8");
    }
  }

  /** Splits a stream into lines of bytes at {@code \n} (a {@code \r} before it is dropped). */
  private static final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);

    LineReader(InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end; a line longer than the limit is cut just past it. */
    byte[] next() throws IOException {
      line.reset();
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        if (line.size() <= MAX_LINE) {
          line.write(b);
        }
        b = in.read();
      }
      byte[] bytes = line.toByteArray();
      int n = bytes.length;
      return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private CollectiveEntry parse(String line, int lineNo) {
    String prefix = "participants." + lineNo;
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
      throw new StorageException("cannot read the participants file", e);
    }
  }
}
