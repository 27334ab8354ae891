package eu.inzage.letters.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Flate compression for PDF streams. */
final class Streams {
  private Streams() {}

  /** Compresses bytes with zlib framing, as the PDF FlateDecode filter expects. */
  static byte[] deflate(byte[] data) {
    return deflate(data, Deflater.DEFAULT_COMPRESSION);
  }

  /** Compresses bytes at a given zlib level (1 fastest, 9 smallest). */
  static byte[] deflate(byte[] data, int level) {
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
