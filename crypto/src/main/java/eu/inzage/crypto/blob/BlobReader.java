package eu.inzage.crypto.blob;

import eu.inzage.crypto.internal.blob.StreamBlobReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * A committed blob read front to back through a window: {@link #peek} shows the next bytes in a
 * heap array without taking them, {@link #consume} takes them. The vault decrypts a data blob one 1
 * MiB segment at a time straight from the window, so a store that keeps its blobs in memory can
 * lend its own array and no byte is copied before it is decrypted; every other store is read
 * through {@link #of(InputStream)}, which copies into one buffer as large as the largest window
 * asked for. Memory stays one window whatever the size of the blob.
 *
 * <p>A window's bytes must not change while it is lent (the store lends only committed blobs, which
 * never change); whoever peeks only reads them, and only until the next call on this reader. A
 * reader is used by one thread at a time.
 */
public interface BlobReader extends Closeable {
  /**
   * Shows the next bytes of the blob without taking them: at most {@code length}, fewer only where
   * the blob ends (none at its end), from the buffer's position to its limit, in an array that
   * {@link ByteBuffer#array()} gives ({@link ByteBuffer#hasArray()} is true). Peeking again without
   * {@link #consume} shows the same bytes first.
   *
   * @throws IllegalArgumentException when {@code length} is negative
   * @throws IOException when the blob cannot be read
   */
  ByteBuffer peek(int length) throws IOException;

  /**
   * Takes the first {@code count} bytes that the last {@link #peek} showed; the next peek starts
   * after them.
   *
   * @throws IllegalArgumentException when {@code count} is negative or more than the last peek
   *     showed
   */
  void consume(int count);

  /**
   * A reader of {@code in} that fills one buffer of its own from it, as large as the largest window
   * asked for; closing the reader closes {@code in}. What {@link BlobStore#openReader} does unless
   * a store lends its own memory.
   */
  static BlobReader of(InputStream in) {
    return new StreamBlobReader(in);
  }
}
