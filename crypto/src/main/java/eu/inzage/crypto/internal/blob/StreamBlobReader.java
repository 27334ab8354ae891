package eu.inzage.crypto.internal.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A {@link eu.inzage.crypto.blob.BlobReader} over a stream: the bytes read but not yet taken are
 * {@code buffer[start, end)}, filled from the stream as a peek needs them and moved to the front
 * only when a window would run past the end of the buffer, which grows to the largest window.
 */
public final class StreamBlobReader extends WindowReader {
  private static final int INITIAL = 8192;

  private final InputStream in;
  private byte[] buffer = new byte[0];
  private int start;
  private int end;
  private boolean ended;

  /** Reads {@code in}; closing this reader closes it. */
  public StreamBlobReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  ByteBuffer window(int length) throws IOException {
    if (end - start < length && !ended) {
      if (buffer.length - start < length) {
        byte[] target = buffer.length < length ? new byte[Math.max(length, INITIAL)] : buffer;
        System.arraycopy(buffer, start, target, 0, end - start);
        end -= start;
        start = 0;
        buffer = target;
      }
      while (end - start < length) {
        int n = in.read(buffer, end, start + length - end);
        if (n < 0) {
          ended = true;
          break;
        }
        end += n;
      }
    }
    return ByteBuffer.wrap(buffer, start, Math.min(length, end - start));
  }

  @Override
  void advance(int count) {
    start += count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
