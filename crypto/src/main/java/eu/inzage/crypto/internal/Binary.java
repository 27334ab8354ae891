package eu.inzage.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Big-endian building blocks of the binary formats (crypto/FORMAT.md, "Conventions"). */
public final class Binary {
  private Binary() {}

  /** Thrown by {@link Reader} on any malformed input. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /** Appends big-endian integers and byte strings. */
  public static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Appends raw bytes. */
    public Writer bytes(byte[] value) {
      out.write(value, 0, value.length);
      return this;
    }

    /** Appends one unsigned byte. */
    public Writer u8(int value) {
      out.write(value);
      return this;
    }

    /** Appends an unsigned 16-bit integer. */
    public Writer u16(int value) {
      return bytes(ByteBuffer.allocate(2).putShort((short) value).array());
    }

    /** Appends an unsigned 32-bit integer. */
    public Writer u32(long value) {
      return bytes(ByteBuffer.allocate(4).putInt((int) value).array());
    }

    /** Appends a 64-bit integer. */
    public Writer u64(long value) {
      return bytes(ByteBuffer.allocate(8).putLong(value).array());
    }

    /** The bytes written so far. */
    public byte[] toByteArray() {
      return out.toByteArray();
    }
  }

  /** Reads what {@link Writer} wrote, failing on anything out of bounds. */
  public static final class Reader {
    private final ByteBuffer buffer;

    /** A reader over the whole array. */
    public Reader(byte[] bytes) {
      this.buffer = ByteBuffer.wrap(bytes);
    }

    /** The next {@code length} bytes. */
    public byte[] bytes(int length) throws MalformedException {
      if (length < 0 || length > buffer.remaining()) {
        throw new MalformedException("truncated");
      }
      byte[] value = new byte[length];
      buffer.get(value);
      return value;
    }

    /** The next unsigned byte. */
    public int u8() throws MalformedException {
      try {
        return Byte.toUnsignedInt(buffer.get());
      } catch (BufferUnderflowException e) {
        throw new MalformedException("truncated");
      }
    }

    /** The next unsigned 16-bit integer. */
    public int u16() throws MalformedException {
      try {
        return Short.toUnsignedInt(buffer.getShort());
      } catch (BufferUnderflowException e) {
        throw new MalformedException("truncated");
      }
    }

    /** The next unsigned 32-bit integer. */
    public long u32() throws MalformedException {
      try {
        return Integer.toUnsignedLong(buffer.getInt());
      } catch (BufferUnderflowException e) {
        throw new MalformedException("truncated");
      }
    }

    /** The next 64-bit integer. */
    public long u64() throws MalformedException {
      try {
        return buffer.getLong();
      } catch (BufferUnderflowException e) {
        throw new MalformedException("truncated");
      }
    }

    /** How many bytes are left. */
    public int remaining() {
      return buffer.remaining();
    }

    /** Fails unless every byte was read. */
    public void end() throws MalformedException {
      if (buffer.hasRemaining()) {
        throw new MalformedException("trailing bytes");
      }
    }
  }

  /** Strict UTF-8 decoding: malformed sequences are an error, not a replacement character. */
  public static String utf8(byte[] bytes) throws MalformedException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedException("not UTF-8");
    }
  }
}
