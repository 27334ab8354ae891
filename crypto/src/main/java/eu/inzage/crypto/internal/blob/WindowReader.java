package eu.inzage.crypto.internal.blob;

import eu.inzage.crypto.blob.BlobReader;
import java.io.IOException;
import java.nio.ByteBuffer;

/** The bookkeeping every {@link BlobReader} shares: what the last peek showed may be taken. */
abstract class WindowReader implements BlobReader {
  private int shown;

  /** The next at most {@code length} bytes, {@code length} not negative. */
  abstract ByteBuffer window(int length) throws IOException;

  /** Moves past {@code count} shown bytes. */
  abstract void advance(int count);

  @Override
  public final ByteBuffer peek(int length) throws IOException {
    if (length < 0) {
      throw new IllegalArgumentException("negative window length");
    }
    ByteBuffer window = window(length);
    shown = window.remaining();
    return window;
  }

  @Override
  public final void consume(int count) {
    if (count < 0 || count > shown) {
      throw new IllegalArgumentException("consumes more than the last peek showed");
    }
    advance(count);
    shown -= count;
  }
}
