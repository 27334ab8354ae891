package eu.inzage.crypto.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BlobReader}: the stream fallback ({@link BlobReader#of}, what {@link BlobStore#openReader}
 * does by default) and the in-memory store's own reader, which lends its array, show the same
 * windows of the same bytes.
 */
class BlobReaderTest {
  private static final BlobName NAME = new BlobName("p-1", "o-1", BlobKind.DATA);

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  /** A stream that hands over its bytes in uneven pieces of at most 7,000 bytes. */
  private static InputStream trickle(byte[] bytes) {
    Random random = new Random(bytes.length);
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(7_000)));
      }
    };
  }

  private static BlobReader inMemory(byte[] bytes) {
    try {
      BlobStore store = BlobStores.inMemory();
      try (BlobWriter writer = store.create(NAME)) {
        writer.write(bytes);
        writer.commit();
      }
      return store.openReader(NAME).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> readers() {
    Function<byte[], BlobReader> stream = b -> BlobReader.of(new ByteArrayInputStream(b));
    Function<byte[], BlobReader> uneven = b -> BlobReader.of(trickle(b));
    Function<byte[], BlobReader> memory = BlobReaderTest::inMemory;
    return Stream.of(
        Arguments.of("stream fallback", stream),
        Arguments.of("stream fallback, uneven reads", uneven),
        Arguments.of("in-memory store's own", memory));
  }

  private static byte[] shown(ByteBuffer window) {
    assertThat(window.hasArray()).isTrue();
    return Arrays.copyOfRange(
        window.array(),
        window.arrayOffset() + window.position(),
        window.arrayOffset() + window.limit());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void peek_twice_showsTheSameBytesWithoutTakingThem(
      String reader, Function<byte[], BlobReader> open) throws IOException {
    byte[] blob = bytes(100);
    try (BlobReader in = open.apply(blob)) {
      assertThat(shown(in.peek(10))).isEqualTo(Arrays.copyOfRange(blob, 0, 10));
      assertThat(shown(in.peek(20))).isEqualTo(Arrays.copyOfRange(blob, 0, 20));
      assertThat(shown(in.peek(5))).isEqualTo(Arrays.copyOfRange(blob, 0, 5));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void consume_thenPeek_startsAfterTheTakenBytes(String reader, Function<byte[], BlobReader> open)
      throws IOException {
    byte[] blob = bytes(100);
    try (BlobReader in = open.apply(blob)) {
      in.peek(10);
      in.consume(4);
      assertThat(shown(in.peek(10))).isEqualTo(Arrays.copyOfRange(blob, 4, 14));
      in.consume(10);
      assertThat(shown(in.peek(50))).isEqualTo(Arrays.copyOfRange(blob, 14, 64));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void peek_pastTheEnd_showsWhatIsLeftThenNothing(String reader, Function<byte[], BlobReader> open)
      throws IOException {
    byte[] blob = bytes(100);
    try (BlobReader in = open.apply(blob)) {
      in.peek(90);
      in.consume(90);
      assertThat(shown(in.peek(50))).isEqualTo(Arrays.copyOfRange(blob, 90, 100));
      in.consume(10);
      assertThat(in.peek(50).remaining()).isZero();
      assertThat(in.peek(0).remaining()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void consume_moreThanShownOrNegative_isRejected(String reader, Function<byte[], BlobReader> open)
      throws IOException {
    byte[] blob = bytes(100);
    try (BlobReader in = open.apply(blob)) {
      in.peek(10);
      assertThatThrownBy(() -> in.consume(11)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> in.consume(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> in.peek(-1)).isInstanceOf(IllegalArgumentException.class);
      in.consume(6);
      assertThatThrownBy(() -> in.consume(5)).isInstanceOf(IllegalArgumentException.class);
      in.consume(4);
      assertThat(shown(in.peek(1))).containsExactly(blob[10]);
    }
  }

  static Stream<Arguments> windows() {
    int[][] sizes = {
      {0, 1},
      {1, 1},
      {1000, 1},
      {1000, 999},
      {(1 << 20) + 1, 1 << 20},
      {3_000_000, (1 << 20) + 1},
      {3_000_000, 65_536}
    };
    return readers()
        .flatMap(
            reader ->
                Stream.of(sizes)
                    .map(s -> Arguments.of(reader.get()[0], reader.get()[1], s[0], s[1])));
  }

  /** Window after window, taking all but one byte of each, gives back the whole blob. */
  @ParameterizedTest(name = "{0}: {2} bytes, windows of {3}")
  @MethodSource("windows")
  void windows_overlappingByOneByte_giveTheWholeBlob(
      String reader, Function<byte[], BlobReader> open, int size, int window) throws IOException {
    byte[] blob = bytes(size);
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try (BlobReader in = open.apply(blob)) {
      for (ByteBuffer shown = in.peek(window); shown.hasRemaining(); shown = in.peek(window)) {
        int take = shown.remaining() == window && window > 1 ? window - 1 : shown.remaining();
        read.write(shown(shown), 0, take);
        in.consume(take);
      }
    }
    assertThat(read.toByteArray()).isEqualTo(blob);
  }
}
