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
  private static final byte[] AD = {'w', 'a', 'r', 'm'};

  private StreamWarmUp() {}

  /** Runs until the budget is spent; returns the plaintext bytes encrypted (and decrypted). */
  public static long run(long budgetNanos) {
    long deadline = System.nanoTime() + budgetNanos;
    try {
      byte[] key = DataKeys.generate();
      SecretKeySpec spec = new SecretKeySpec(key, "AES");
      Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
      Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
      byte[] plain = new byte[SMALL];
      byte[] sealed = new byte[SMALL + 16];
      byte[] opened = new byte[SMALL];
      byte[] nonce = new byte[12];
      long bytes = 0;
      long round = 0;
      while (System.nanoTime() < deadline) {
        if (round % 4096 == 4095) {
          bytes += roundTrip(key, 3 * DataKeys.SEGMENT_SIZE);
        } else {
          ByteBuffer.wrap(nonce).putLong(4, round);
          GCMParameterSpec parameters = new GCMParameterSpec(128, nonce);
          encrypt.init(Cipher.ENCRYPT_MODE, spec, parameters);
          int n = encrypt.doFinal(plain, 0, SMALL, sealed, 0);
          decrypt.init(Cipher.DECRYPT_MODE, spec, parameters);
          decrypt.doFinal(sealed, 0, n, opened, 0);
          bytes += SMALL;
        }
        round++;
      }
      return bytes;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("warm-up failed in the cipher", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
