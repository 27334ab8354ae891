package eu.inzage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data blob format is exactly Tink's AES256_GCM_HKDF_1MB: each reads what the other wrote. */
class SegmentedStreamTest {
  private static final byte[] AD = AssociatedData.of(1, "p-1", "o-1");
  private static final int FIRST = (1 << 20) - 40 - 16;
  private static final int NEXT = (1 << 20) - 16;

  private static byte[] plain(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] readAll(InputStream in, int bufferSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[bufferSize];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      assertThat(n).isPositive();
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {0, 1, FIRST - 1, FIRST, FIRST + 1, FIRST + NEXT, FIRST + NEXT + 1, 3_500_000})
  void encrypt_ours_tinkDecryptsIt(int size) throws IOException, GeneralSecurityException {
    byte[] key = DataKeys.generate();
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    SegmentedStream.Result result =
        SegmentedStream.encrypt(new ByteArrayInputStream(plain(size)), sealed, key, AD);
    StreamingAead tink = DataKeys.streamingAead(key);
    assertThat(result.ciphertextSize()).isEqualTo(sealed.size());
    assertThat(result.plaintextSize()).isEqualTo(size);
    assertThat(
            readAll(
                tink.newDecryptingStream(new ByteArrayInputStream(sealed.toByteArray()), AD), 4096))
        .isEqualTo(plain(size));
  }

  /** A stream that hands over its bytes in uneven pieces and never its own array. */
  private static InputStream trickle(byte[] bytes, long seed) {
    Random random = new Random(seed);
    return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(70_000)));
      }
    };
  }

  /**
   * Content gathered from uneven reads is encrypted to the same segmentation as content encrypted
   * straight from its array, and Tink reads both.
   */
  @ParameterizedTest
  @ValueSource(
      ints = {0, 1, FIRST - 1, FIRST, FIRST + 1, FIRST + NEXT, FIRST + NEXT + 1, 3_500_000})
  void encrypt_unevenReads_sameSizesAsFromTheArrayAndTinkDecryptsIt(int size)
      throws IOException, GeneralSecurityException {
    byte[] key = DataKeys.generate();
    ByteArrayOutputStream gathered = new ByteArrayOutputStream();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();

    SegmentedStream.Result viaReads =
        SegmentedStream.encrypt(trickle(plain(size), size), gathered, key, AD);
    SegmentedStream.Result viaArray =
        SegmentedStream.encrypt(new ByteArrayInputStream(plain(size)), direct, key, AD);

    assertThat(viaReads.ciphertextSize()).isEqualTo(viaArray.ciphertextSize());
    assertThat(gathered.size()).isEqualTo(direct.size());
    assertThat(viaReads.plaintextSize()).isEqualTo(size);
    StreamingAead tink = DataKeys.streamingAead(key);
    assertThat(
            readAll(
                tink.newDecryptingStream(new ByteArrayInputStream(gathered.toByteArray()), AD),
                4096))
        .isEqualTo(plain(size));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, FIRST, FIRST + 1, FIRST + NEXT, FIRST + NEXT + 1, 3_500_000})
  void decrypt_tinksOutput_returnsThePlaintext(int size)
      throws IOException, GeneralSecurityException {
    byte[] key = DataKeys.generate();
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    try (OutputStream out = DataKeys.streamingAead(key).newEncryptingStream(sealed, AD)) {
      out.write(plain(size));
    }
    for (int buffer : new int[] {1, 1000, 1 << 20}) {
      InputStream in =
          SegmentedStream.decrypt(new ByteArrayInputStream(sealed.toByteArray()), key, AD);
      assertThat(readAll(in, buffer)).isEqualTo(plain(size));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, 2_000_000})
  void decrypt_otherAssociatedData_failsAuthentication(int size)
      throws IOException, GeneralSecurityException {
    byte[] key = DataKeys.generate();
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    SegmentedStream.encrypt(new ByteArrayInputStream(plain(size)), sealed, key, AD);
    InputStream in =
        SegmentedStream.decrypt(
            new ByteArrayInputStream(sealed.toByteArray()),
            key,
            AssociatedData.of(1, "p-1", "o-2"));
    assertThatThrownBy(() -> readAll(in, 4096))
        .isInstanceOf(SegmentedStream.AuthenticationException.class);
  }
}
