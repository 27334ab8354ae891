package eu.inzage.letters.internal.pdf;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An unsynchronised in-memory byte sink for PDFBox's writers, which write many single bytes (a
 * {@link java.io.ByteArrayOutputStream} takes a lock for each). One per document and thread.
 */
final class ByteSink extends OutputStream {
  private byte[] buf;
  private int count;

  ByteSink(int capacity) {
    buf = new byte[capacity];
  }

  @Override
  public void write(int b) {
    if (count == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    buf[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (count + len > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
    }
    System.arraycopy(b, off, buf, count, len);
    count += len;
  }

  /** The bytes written so far, as a new array of exactly that length. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, count);
  }
}
