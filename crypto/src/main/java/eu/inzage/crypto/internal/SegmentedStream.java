package eu.inzage.crypto.internal;

import com.google.crypto.tink.subtle.Hkdf;
import eu.inzage.crypto.blob.BlobReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data blob's stream format, byte for byte Tink's AES256_GCM_HKDF_1MB streaming AEAD (first
 * segment offset 0), written with array-based JCE calls so that no segment is copied more than the
 * stream API forces (crypto/FORMAT.md, "Data blob"). Tink's own {@code AesGcmHkdfStreaming} reads
 * what this writes and the other way round; a test keeps it so.
 */
public final class SegmentedStream {
  /** Ciphertext segment size. */
  public static final int SEGMENT = DataKeys.SEGMENT_SIZE;

  /** GCM tag length. */
  public static final int TAG = 16;

  /** Header: one length byte, 32 bytes salt, 7 bytes nonce prefix. */
  public static final int HEADER = DataKeys.HEADER_LENGTH;

  private static final int SALT = DataKeys.KEY_LENGTH;
  private static final int PREFIX = 7;
  private static final int PLAIN = SEGMENT - TAG;
  private static final int FIRST_PLAIN = SEGMENT - HEADER - TAG;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SegmentedStream() {}

  /** Thrown while decrypting when a segment or the header fails authentication. */
  public static final class AuthenticationException extends IOException {
    private static final long serialVersionUID = 1L;

    AuthenticationException(String message) {
      super(message);
    }
  }

  /** What encryption produced. */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  public record Result(byte[] header, long plaintextSize, long ciphertextSize) {}

  private static SecretKeySpec segmentKey(byte[] dataKey, byte[] salt, byte[] ad)
      throws GeneralSecurityException {
    return new SecretKeySpec(Hkdf.computeHkdf("HMACSHA256", dataKey, salt, ad, SALT), "AES");
  }

  private static GCMParameterSpec nonce(byte[] prefix, long segment, boolean last) {
    byte[] nonce = new byte[12];
    ByteBuffer.wrap(nonce).put(prefix).putInt((int) segment).put((byte) (last ? 1 : 0));
    return new GCMParameterSpec(TAG * 8, nonce);
  }

  /**
   * Encrypts {@code in} to {@code out} under the data key; the caller closes both streams. The
   * content is pulled with {@link InputStream#transferTo}, so a stream that hands over its own
   * array (a {@code ByteArrayInputStream} does) is encrypted straight from it, segment by segment,
   * without being copied first; any other stream is gathered into one segment buffer.
   */
  public static Result encrypt(InputStream in, OutputStream out, byte[] dataKey, byte[] ad)
      throws IOException, GeneralSecurityException {
    Encryptor encryptor = new Encryptor(out, dataKey, ad);
    in.transferTo(encryptor);
    return encryptor.finish();
  }

  /**
   * The writing side of the format: a segment is encrypted once it is known not to be the last (a
   * byte beyond it has arrived), or by {@link #finish()} as the last one. A segment that lies whole
   * in a caller's array with more bytes after it is encrypted from that array into the segment
   * buffer; otherwise bytes are gathered in the buffer and encrypted there in place.
   */
  private static final class Encryptor extends OutputStream {
    private final OutputStream out;
    private final SecretKeySpec key;
    private final byte[] header = new byte[HEADER];
    private final byte[] prefix = new byte[PREFIX];
    private final Cipher cipher;
    private final byte[] buffer = new byte[SEGMENT];
    private int filled;
    private long segment;
    private long total;
    private long written = HEADER;

    Encryptor(OutputStream out, byte[] dataKey, byte[] ad)
        throws IOException, GeneralSecurityException {
      this.out = out;
      byte[] salt = new byte[SALT];
      RANDOM.nextBytes(salt);
      RANDOM.nextBytes(prefix);
      header[0] = (byte) HEADER;
      System.arraycopy(salt, 0, header, 1, SALT);
      System.arraycopy(prefix, 0, header, 1 + SALT, PREFIX);
      this.key = segmentKey(dataKey, salt, ad);
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
      out.write(header);
    }

    private int capacity() {
      return segment == 0 ? FIRST_PLAIN : PLAIN;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      while (len > 0) {
        int capacity = capacity();
        if (filled == capacity) {
          // a full segment and a byte beyond it: not the last one
          seal(buffer, 0, capacity, false);
        } else if (filled == 0 && len > capacity) {
          seal(b, off, capacity, false);
          off += capacity;
          len -= capacity;
        } else {
          int take = Math.min(len, capacity - filled);
          System.arraycopy(b, off, buffer, filled, take);
          filled += take;
          off += take;
          len -= take;
        }
      }
    }

    /** Encrypts one segment into the buffer (in place when it is already there) and writes it. */
    private void seal(byte[] from, int offset, int length, boolean last) throws IOException {
      if (segment > 0xFFFFFFFFL) {
        throw new IOException("stream too long for the segment counter");
      }
      try {
        cipher.init(Cipher.ENCRYPT_MODE, key, nonce(prefix, segment, last));
        int n = cipher.doFinal(from, offset, length, buffer, 0);
        out.write(buffer, 0, n);
        total += length;
        written += n;
      } catch (GeneralSecurityException e) {
        throw new IOException("segment encryption failed", e);
      }
      segment++;
      filled = 0;
    }

    /** Encrypts what is gathered as the last segment (empty for an empty stream). */
    Result finish() throws IOException {
      seal(buffer, 0, filled, true);
      return new Result(header.clone(), total, written);
    }
  }

  /**
   * A stream of plaintext from a ciphertext stream; every segment is authenticated before any of it
   * is returned. Authentication failures are {@link AuthenticationException}s.
   */
  public static InputStream decrypt(InputStream in, byte[] dataKey, byte[] ad)
      throws IOException, GeneralSecurityException {
    return decrypt(BlobReader.of(in), dataKey, ad);
  }

  /**
   * A stream of plaintext from a ciphertext blob read through windows of one segment (and one byte
   * beyond it, to tell the last segment), each decrypted straight from the window: when the store
   * lends its own memory, no ciphertext is copied. Every segment is authenticated before any of it
   * is returned; authentication failures are {@link AuthenticationException}s. Closing the stream
   * closes {@code in}.
   */
  public static InputStream decrypt(BlobReader in, byte[] dataKey, byte[] ad)
      throws IOException, GeneralSecurityException {
    ByteBuffer window = in.peek(HEADER);
    if (window.remaining() != HEADER || window.get(window.position()) != HEADER) {
      throw new AuthenticationException("stream header malformed");
    }
    byte[] salt = new byte[SALT];
    byte[] prefix = new byte[PREFIX];
    int at = window.arrayOffset() + window.position();
    System.arraycopy(window.array(), at + 1, salt, 0, SALT);
    System.arraycopy(window.array(), at + 1 + SALT, prefix, 0, PREFIX);
    return new Decrypting(in, segmentKey(dataKey, salt, ad), prefix);
  }

  /**
   * Decrypts segment after segment from the reader's window of {@code SEGMENT + 1} bytes (the first
   * window starts with the header, which stays unread by the cipher), into the caller's array when
   * a whole segment's plaintext fits, else into a buffer of its own.
   */
  private static final class Decrypting extends InputStream {
    private final BlobReader in;
    private final SecretKeySpec key;
    private final byte[] prefix;
    private final Cipher cipher;
    private byte[] plain; // only when a caller reads less than a segment at a time
    private long segment;
    private int position;
    private int limit;
    private boolean finished;

    Decrypting(BlobReader in, SecretKeySpec key, byte[] prefix) throws GeneralSecurityException {
      this.in = in;
      this.key = key;
      this.prefix = prefix;
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : Byte.toUnsignedInt(one[0]);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      while (position == limit) {
        if (finished) {
          return -1;
        }
        int direct = nextSegment(b, off, len);
        if (direct >= 0) {
          return direct;
        }
      }
      int n = Math.min(len, limit - position);
      System.arraycopy(plain, position, b, off, n);
      position += n;
      return n;
    }

    /** Decrypts the next segment, into {@code b} when it fits (returning the count), else -1. */
    private int nextSegment(byte[] b, int off, int len) throws IOException {
      int skip = segment == 0 ? HEADER : 0;
      int capacity = SEGMENT - skip;
      ByteBuffer window = in.peek(SEGMENT + 1);
      int filled = window.remaining() - skip;
      boolean last = filled <= capacity;
      int length = last ? filled : capacity;
      if (length < TAG) {
        throw new AuthenticationException("stream truncated");
      }
      if (last && length == TAG && segment > 0) {
        // FORMAT.md 5: the last segment is empty only when the whole plaintext is empty
        throw new AuthenticationException("stream ends in an empty segment after a full one");
      }
      byte[] sealed = window.array();
      int from = window.arrayOffset() + window.position() + skip;
      try {
        cipher.init(Cipher.DECRYPT_MODE, key, nonce(prefix, segment, last));
        int result;
        if (len >= length - TAG) {
          result = cipher.doFinal(sealed, from, length, b, off);
        } else {
          if (plain == null) {
            plain = new byte[PLAIN];
          }
          limit = cipher.doFinal(sealed, from, length, plain, 0);
          position = 0;
          result = -1;
        }
        in.consume(skip + length);
        if (last) {
          finished = true;
        } else {
          segment++;
        }
        return result == 0 ? -1 : result;
      } catch (AEADBadTagException e) {
        throw new AuthenticationException("segment " + segment + " failed authentication");
      } catch (GeneralSecurityException e) {
        throw new AuthenticationException("segment " + segment + " cannot be decrypted");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
