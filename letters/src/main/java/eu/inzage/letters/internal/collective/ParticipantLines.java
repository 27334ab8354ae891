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
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Participants in a JSON Lines file. {@link #count()} takes a snapshot of the file (a private copy
 * that has no name on disk where the system allows it, see {@link
 * StandardOpenOption#DELETE_ON_CLOSE}), reads every line of it and reports up to {@value
 * #MAX_REPORTED} violations at once, each field prefixed with {@code participants.LINE}: malformed
 * JSON or UTF-8, invalid participants or facts, and an id that an earlier line already used (the
 * same person twice in one request). {@link #entries()} reads the same snapshot, so a file changed
 * in between cannot slip an unchecked entry into a letter. {@link #close()} releases the snapshot.
 * Not thread-safe.
 */
public final class ParticipantLines implements CollectiveSource {
  /** The most violations one check reports. */
  static final int MAX_REPORTED = 100;

  private static final int MAX_LINE = 1 << 20;
  private static final ObjectMapper TREE = InzageJson.newMapper();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path file;
  private final ModelValidator validator;
  private FileChannel snapshot;

  /**
   * Where line numbers and positions part (after a blank line): pairs of the first position of a
   * run and its line number minus its position, in order; empty when every line is an entry.
   */
  private final List<long[]> shifts = new ArrayList<>();

  /** Participants in {@code file}, checked by {@code validator}. */
  public ParticipantLines(Path file, ModelValidator validator) {
    this.file = file;
    this.validator = validator;
  }

  @Override
  public long count() {
    takeSnapshot();
    try {
      return check();
    } catch (RuntimeException e) {
      close(); // bad input: nothing follows, so the copy goes at once
      throw e;
    }
  }

  private long check() {
    List<Violation> violations = new ArrayList<>();
    IdSet ids = new IdSet();
    shifts.clear();
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
          long shift = lineNo - count;
          if (shift != (shifts.isEmpty() ? 0 : shifts.get(shifts.size() - 1)[1])) {
            shifts.add(new long[] {count, shift});
          }
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
    if (snapshot == null) {
      takeSnapshot();
    }
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

  /** The entry's line number: {@code participants.LINE}. */
  @Override
  public String path(long position) {
    long shift = 0;
    for (int low = 0, high = shifts.size() - 1; low <= high; ) {
      int mid = (low + high) >>> 1;
      if (shifts.get(mid)[0] <= position) {
        shift = shifts.get(mid)[1];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return "participants." + (position + shift);
  }

  /** Releases the snapshot (its copy of the file is gone once closed). */
  @Override
  public void close() {
    if (snapshot != null) {
      try {
        snapshot.close();
      } catch (IOException e) {
        throw new StorageException("cannot release the participants snapshot", e);
      } finally {
        snapshot = null;
      }
    }
  }

  /** Copies the file into a new private snapshot, releasing the previous one. */
  private void takeSnapshot() {
    close();
    Path copy = null;
    FileChannel channel = null;
    try (InputStream in = Files.newInputStream(file)) {
      copy =
          file.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(
                  "inzage-participants-",
                  ".jsonl",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile("inzage-participants-", ".jsonl");
      channel =
          FileChannel.open(
              copy,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      snapshot = channel;
      channel = null;
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("participants", ViolationCode.REQUIRED, "file not found");
    } catch (IOException e) {
      throw new StorageException("cannot read the participants file", e);
    } finally {
      closeQuietly(channel);
      deleteQuietly(copy);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the snapshot failed already; that failure is the one reported
      }
    }
  }

  /** Deletes the copy's name (already gone where DELETE_ON_CLOSE unlinks at once). */
  private static void deleteQuietly(Path copy) {
    if (copy != null) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        // still open where names cannot be deleted: DELETE_ON_CLOSE removes it on close
      }
    }
  }

  private LineReader open() {
    return new LineReader(new BufferedInputStream(new SnapshotStream(snapshot), 1 << 16));
  }

  /** Reads a snapshot from its start, by position, leaving the channel open. */
  private static final class SnapshotStream extends InputStream {
    private final FileChannel channel;
    private long position;

    SnapshotStream(FileChannel channel) {
      this.channel = channel;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int n = channel.read(ByteBuffer.wrap(bytes, offset, length), position);
      if (n > 0) {
        position += n;
      }
      return n;
    }
  }

  /**
   * One line's bytes as UTF-8; malformed bytes name the line (the reader decodes nothing ahead). A
   * byte-order mark at the start of the file is skipped.
   */
  private static String decode(byte[] bytes, int lineNo) {
    if (bytes.length > MAX_LINE) {
      throw new InvalidInputException(
          "participants." + lineNo, ViolationCode.TOO_LONG, "line is too long");
    }
    int start =
        lineNo == 1
                && bytes.length >= BOM.length
                && bytes[0] == BOM[0]
                && bytes[1] == BOM[1]
                && bytes[2] == BOM[2]
            ? BOM.length
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
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
                        prefix + "." + InzageJson.safeFieldName(name),
                        ViolationCode.UNKNOWN_FIELD,
                        "unknown field"));
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
