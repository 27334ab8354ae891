package eu.inzage.crypto.internal.blob;

import java.nio.ByteBuffer;

/**
 * A {@link eu.inzage.crypto.blob.BlobReader} that lends windows of an array that never changes (a
 * committed in-memory blob): nothing is copied.
 */
final class ArrayBlobReader extends WindowReader {
  private final byte[] bytes;
  private int position;

  ArrayBlobReader(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  ByteBuffer window(int length) {
    return ByteBuffer.wrap(bytes, position, Math.min(length, bytes.length - position));
  }

  @Override
  void advance(int count) {
    position += count;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
