package eu.inzage.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JIT to compile the JDK's AES-GCM path (and with it the AES/GHASH intrinsics) before real
 * data arrives. The JIT counts calls, not bytes: many small encryptions and decryptions reach its
 * thresholds after a few megabytes, where 1 MiB segments would need about a gigabyte at interpreter
 * speed. A few full round trips through {@link SegmentedStream} follow, so the vault's own loop is
 * compiled too.
 */
public final class StreamWarmUp {
  private static final int SMALL = 2048;
  private static final int PROBE = 256 * 1024;

  /** 1 GB/s: the interpreter reaches about a tenth of that, compiled code several times more. */
  private static final double FAST_BYTES_PER_NANO = 1.0;

  private static final byte[] AD = {'w', 'a', 'r', 'm'};

  private StreamWarmUp() {}

  /**
   * Runs until AES-GCM runs at compiled speed (two probes in a row above 1 GB/s both ways) or the
   * budget is spent; returns the plaintext bytes encrypted (and decrypted).
   */
  public static long run(long budgetNanos) {
    long deadline = System.nanoTime() + budgetNanos;
    try {
      byte[] key = DataKeys.generate();
      Gcm gcm = new Gcm(key);
      long bytes = 0;
      int fastProbes = 0;
      int probes = 0;
      while (System.nanoTime() < deadline && fastProbes < 2) {
        for (int i = 0; i < 512; i++) {
          bytes += gcm.roundTrip(SMALL);
        }
        long start = System.nanoTime();
        bytes += gcm.roundTrip(PROBE);
        double bytesPerNano = (double) PROBE / (System.nanoTime() - start);
        fastProbes = bytesPerNano * 2 >= FAST_BYTES_PER_NANO ? fastProbes + 1 : 0;
        if (++probes % 8 == 0) {
          bytes += roundTrip(key, 3 * DataKeys.SEGMENT_SIZE);
        }
      }
      bytes += roundTrip(key, 3 * DataKeys.SEGMENT_SIZE);
      return bytes;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("warm-up failed in the cipher", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One key, two ciphers and buffers for encrypt-then-decrypt round trips. */
  private static final class Gcm {
    private final SecretKeySpec key;
    private final Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
    private final Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
    private final byte[] plain = new byte[PROBE];
    private final byte[] sealed = new byte[PROBE + 16];
    private final byte[] opened = new byte[PROBE];
    private final byte[] nonce = new byte[12];
    private long counter;

    Gcm(byte[] key) throws GeneralSecurityException {
      this.key = new SecretKeySpec(key, "AES");
    }

    int roundTrip(int size) throws GeneralSecurityException {
      ByteBuffer.wrap(nonce).putLong(4, counter++);
      GCMParameterSpec parameters = new GCMParameterSpec(128, nonce);
      encrypt.init(Cipher.ENCRYPT_MODE, key, parameters);
      int n = encrypt.doFinal(plain, 0, size, sealed, 0);
      decrypt.init(Cipher.DECRYPT_MODE, key, parameters);
      decrypt.doFinal(sealed, 0, n, opened, 0);
      return size;
    }
  }

  private static long roundTrip(byte[] key, int size) throws IOException, GeneralSecurityException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream(size + size / 64 + 64);
    SegmentedStream.encrypt(new ByteArrayInputStream(new byte[size]), sink, key, AD);
    byte[] buffer = new byte[DataKeys.SEGMENT_SIZE];
    try (InputStream in =
        SegmentedStream.decrypt(new ByteArrayInputStream(sink.toByteArray()), key, AD)) {
      while (in.read(buffer) >= 0) {
        // discard
      }
    }
    return size;
  }
}
