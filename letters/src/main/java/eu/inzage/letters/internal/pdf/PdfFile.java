package eu.inzage.letters.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the bytes of a PDF file: numbered objects, a cross-reference table and the trailer.
 * Objects may be added in any order and also as pre-serialised chunks (the cached font objects),
 * whose offsets are relocated. Not thread-safe; one per document.
 */
final class PdfFile {
  /** Header with the binary comment line PDF/A requires (four bytes above 127). */
  private static final byte[] HEADER = {
    '%',
    'P',
    'D',
    'F',
    '-',
    '1',
    '.',
    '7',
    '\n',
    '%',
    (byte) 0xE2,
    (byte) 0xE3,
    (byte) 0xCF,
    (byte) 0xD3,
    '\n'
  };

  private final Bytes out = new Bytes(96 * 1024);
  private long[] offsets = new long[32];
  private int size = 1;

  PdfFile() {
    out.write(HEADER, 0, HEADER.length);
  }

  /** Reserves the next object number. */
  int reserve() {
    ensure(size + 1);
    return size++;
  }

  /** Reserves {@code count} consecutive numbers and returns the first. */
  int reserve(int count) {
    ensure(size + count);
    int first = size;
    size += count;
    return first;
  }

  private void ensure(int capacity) {
    if (capacity > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(capacity, offsets.length * 2));
    }
  }

  /** Writes a non-stream object. */
  void object(int number, CharSequence body) {
    offsets[number] = out.size();
    ascii(number + " 0 obj\n");
    ascii(body);
    ascii("\nendobj\n");
  }

  /**
   * Writes a stream object; {@code dictionary} is the content between {@code <<} and {@code >>}.
   */
  void stream(int number, CharSequence dictionary, byte[] data) {
    offsets[number] = out.size();
    ascii(number + " 0 obj\n<<");
    ascii(dictionary);
    ascii(" /Length " + data.length + ">>\nstream\n");
    out.write(data, 0, data.length);
    ascii("\nendstream\nendobj\n");
  }

  /** Appends a chunk of serialised objects whose offsets are relative to the chunk's start. */
  void chunk(Chunk chunk) {
    long base = out.size();
    for (int i = 0; i < chunk.numbers().length; i++) {
      offsets[chunk.numbers()[i]] = base + chunk.offsets()[i];
    }
    out.write(chunk.bytes(), 0, chunk.bytes().length);
  }

  /** Writes the cross-reference table and trailer and returns the whole file. */
  byte[] finish(int root, int info, byte[] id) {
    long xref = out.size();
    StringBuilder table = new StringBuilder(32 + size * 20);
    table.append("xref\n0 ").append(size).append("\n0000000000 65535 f \n");
    for (int i = 1; i < size; i++) {
      String offset = Long.toString(offsets[i]);
      table.append("0000000000", 0, 10 - offset.length()).append(offset).append(" 00000 n \n");
    }
    String hex = hex(id);
    table
        .append("trailer\n<< /Size ")
        .append(size)
        .append(" /Root ")
        .append(root)
        .append(" 0 R /Info ")
        .append(info)
        .append(" 0 R /ID [<")
        .append(hex)
        .append("> <")
        .append(hex)
        .append(">] >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    ascii(table);
    return out.toByteArray();
  }

  private void ascii(CharSequence text) {
    out.ascii(text);
  }

  static String hex(byte[] bytes) {
    char[] digits = "0123456789ABCDEF".toCharArray();
    StringBuilder s = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      s.append(digits[(b >> 4) & 15]).append(digits[b & 15]);
    }
    return s.toString();
  }

  /** A text string as UTF-16BE with byte-order mark, in hex (safe for any character). */
  static String text(String value) {
    byte[] utf16 = value.getBytes(StandardCharsets.UTF_16BE);
    return "<FEFF" + hex(utf16) + ">";
  }

  /** Serialised objects: their numbers, offsets relative to the start, and bytes. */
  record Chunk(int[] numbers, int[] offsets, byte[] bytes) {}

  /** Builds a {@link Chunk} object by object. */
  static final class ChunkBuilder {
    private final Bytes bytes = new Bytes(64 * 1024);
    private final int[] numbers;
    private final int[] offsets;
    private int count;

    ChunkBuilder(int objects) {
      numbers = new int[objects];
      offsets = new int[objects];
    }

    ChunkBuilder object(int number, CharSequence body) {
      begin(number);
      bytes.ascii(body);
      bytes.ascii("\nendobj\n");
      return this;
    }

    ChunkBuilder stream(int number, CharSequence dictionary, byte[] data) {
      begin(number);
      bytes.ascii("<<");
      bytes.ascii(dictionary);
      bytes.ascii(" /Length " + data.length + ">>\nstream\n");
      bytes.write(data, 0, data.length);
      bytes.ascii("\nendstream\nendobj\n");
      return this;
    }

    private void begin(int number) {
      numbers[count] = number;
      offsets[count] = bytes.size();
      count++;
      bytes.ascii(number + " 0 obj\n");
    }

    Chunk build() {
      return new Chunk(
          Arrays.copyOf(numbers, count), Arrays.copyOf(offsets, count), bytes.toByteArray());
    }
  }

  /** A byte buffer that writes ASCII text without intermediate strings. */
  static final class Bytes extends ByteArrayOutputStream {
    Bytes(int capacity) {
      super(capacity);
    }

    void ascii(CharSequence text) {
      int n = text.length();
      int needed = count + n;
      if (needed > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
      }
      for (int i = 0; i < n; i++) {
        buf[count++] = (byte) text.charAt(i);
      }
    }
  }
}
