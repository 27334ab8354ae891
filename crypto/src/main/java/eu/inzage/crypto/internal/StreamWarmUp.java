package eu.inzage.crypto.internal;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

/**
 * Drives the JDK's AES-GCM through the vault's own code paths until the JIT has compiled them (and
 * with them the AES/GHASH intrinsics). Small segments give many calls for few bytes, which is what
 * the JIT counts; a few full-size segments follow so the 1 MiB path is compiled too.
 */
public final class StreamWarmUp {
  private static final int SMALL_SEGMENT = 4096;
  private static final int CHUNK = 256 * 1024;
  private static final byte[] AD = {'w', 'a', 'r', 'm'};

  private StreamWarmUp() {}

  /** Runs until the budget is spent; returns the plaintext bytes processed. */
  public static long run(long budgetNanos) {
    long deadline = System.nanoTime() + budgetNanos;
    byte[] key = DataKeys.generate();
    byte[] plain = new byte[CHUNK];
    byte[] large = new byte[2 * DataKeys.SEGMENT_SIZE];
    long bytes = 0;
    try {
      StreamingAead small =
          new AesGcmHkdfStreaming(key, "HmacSha256", DataKeys.KEY_LENGTH, SMALL_SEGMENT, 0);
      StreamingAead full = DataKeys.streamingAead(key);
      int round = 0;
      while (System.nanoTime() < deadline) {
        boolean useFull = round % 8 == 7;
        bytes += roundTrip(useFull ? full : small, useFull ? large : plain);
        round++;
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("warm-up failed in the cipher", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  private static long roundTrip(StreamingAead aead, byte[] plain)
      throws GeneralSecurityException, IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream(plain.length + plain.length / 64 + 64);
    try (OutputStream out = aead.newEncryptingStream(sink, AD)) {
      out.write(plain);
    }
    try (InputStream in =
        aead.newDecryptingStream(new ByteArrayInputStream(sink.toByteArray()), AD)) {
      byte[] buffer = new byte[64 * 1024];
      while (in.read(buffer) >= 0) {
        // discard
      }
    }
    return plain.length;
  }
}
