package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.StorageException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vault reads a data blob through {@link BlobStore#openReader}: the in-memory store lends its
 * array, a store with only {@code open} gets the stream fallback, a store lending read-only windows
 * is copied from. Every path opens to the same bytes, and on a tampered segment every path releases
 * only the segments before it.
 */
class OpenPathsTest {
  private static final String SUBJECT = "p-000123";
  private static final String OBJECT = "export.zip";
  private static final int SEGMENT = 1 << 20;
  private static final int FIRST = SEGMENT - 40 - 16;
  private static final int NEXT = SEGMENT - 16;
  private static final BlobName DATA = new BlobName(SUBJECT, OBJECT, BlobKind.DATA);

  /** How a test reader shows a window, given the store's reader underneath. */
  @FunctionalInterface
  private interface Windows {
    ByteBuffer peek(BlobReader reader, int length) throws IOException;
  }

  /** The store's reader with its windows shown another way; taking and closing pass through. */
  private static BlobReader showing(BlobReader reader, Windows windows) {
    return new BlobReader() {
      @Override
      public ByteBuffer peek(int length) throws IOException {
        return windows.peek(reader, length);
      }

      @Override
      public void consume(int count) {
        reader.consume(count);
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  /** A store whose readers show their windows another way. */
  private static BlobStore showing(BlobStore store, Windows windows) {
    return new ForwardingBlobStore(store) {
      @Override
      public Optional<BlobReader> openReader(BlobName name) throws IOException {
        return inner.openReader(name).map(reader -> showing(reader, windows));
      }
    };
  }

  static Stream<Arguments> paths() {
    UnaryOperator<BlobStore> own = store -> store;
    UnaryOperator<BlobStore> fallback = ForwardingBlobStore::new;
    // read-only windows have no accessible array
    UnaryOperator<BlobStore> readOnlyWindows =
        store -> showing(store, (reader, length) -> reader.peek(length).asReadOnlyBuffer());
    return Stream.of(
        Arguments.of("in-memory store's own reader", own),
        Arguments.of("stream fallback of a store with open only", fallback),
        Arguments.of("reader lending read-only windows", readOnlyWindows));
  }

  static Stream<Arguments> pathsAndSizes() {
    int[] sizes = {0, 1, FIRST, FIRST + 1, FIRST + NEXT, FIRST + NEXT + 1, 3 * SEGMENT + 100};
    return paths()
        .flatMap(
            path ->
                java.util.Arrays.stream(sizes)
                    .mapToObj(size -> Arguments.of(path.get()[0], path.get()[1], size)));
  }

  private static BlobStore sealed(byte[] plain) throws IOException {
    BlobStore store = BlobStores.inMemory();
    TestVaults.vault(store)
        .seal(
            SUBJECT,
            OBJECT,
            new ByteArrayInputStream(plain),
            new SealMetadata(PARTICIPANT.publicKey(), "application/zip", "tiktok"));
    return store;
  }

  private static byte[] readAll(InputStream in, int bufferSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[bufferSize];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}: {2} bytes")
  @MethodSource("pathsAndSizes")
  void open_eachPath_givesTheSealedBytes(String path, UnaryOperator<BlobStore> wrap, int size)
      throws IOException {
    byte[] plain = content(size, size);
    Vault vault = TestVaults.vault(wrap.apply(sealed(plain)));
    for (int buffer : new int[] {4096, SEGMENT}) {
      assertThat(readAll(vault.open(SUBJECT, OBJECT, PARTICIPANT), buffer))
          .as("read %d bytes at a time", buffer)
          .isEqualTo(plain);
    }
  }

  /** The second of four segments is flipped; the data blob keeps its size. */
  private static Vault tamperedSecondSegment(UnaryOperator<BlobStore> wrap, byte[] plain)
      throws IOException {
    BlobStore store = sealed(plain);
    byte[] data;
    try (InputStream in = store.open(DATA).orElseThrow()) {
      data = in.readAllBytes();
    }
    data[SEGMENT + SEGMENT / 2] ^= 0x01;
    try (BlobWriter writer = store.create(DATA)) {
      writer.write(data);
      writer.commit();
    }
    return TestVaults.vault(wrap.apply(store));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void open_tamperedSegment_releasesNoneOfItsPlaintext(String path, UnaryOperator<BlobStore> wrap)
      throws IOException {
    byte[] plain = content(3 * SEGMENT + 100, 42);
    Vault vault = tamperedSecondSegment(wrap, plain);
    byte[] buffer = new byte[SEGMENT];
    try (InputStream in = vault.open(SUBJECT, OBJECT, PARTICIPANT)) {
      assertThat(in.read(buffer)).isEqualTo(FIRST);
      assertThat(java.util.Arrays.copyOf(buffer, FIRST))
          .isEqualTo(java.util.Arrays.copyOf(plain, FIRST));
      assertThatThrownBy(() -> in.read(buffer)).isInstanceOf(VaultIntegrityException.class);
    }
    int same = 0;
    for (int i = 0; i < NEXT; i++) {
      if (buffer[i] == plain[FIRST + i]) {
        same++;
      }
    }
    // chance agreement is 1 in 256; the flipped segment's plaintext would agree everywhere
    assertThat(same)
        .as("bytes of the tampered segment's plaintext in the buffer")
        .isLessThan(NEXT / 100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void open_tamperedSegment_smallReads_stopAtTheSegmentBefore(
      String path, UnaryOperator<BlobStore> wrap) throws IOException {
    byte[] plain = content(3 * SEGMENT + 100, 42);
    Vault vault = tamperedSecondSegment(wrap, plain);
    ByteArrayOutputStream released = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try (InputStream in = vault.open(SUBJECT, OBJECT, PARTICIPANT)) {
      assertThatThrownBy(
              () -> {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  released.write(buffer, 0, n);
                }
              })
          .isInstanceOf(VaultIntegrityException.class);
    }
    assertThat(released.toByteArray()).isEqualTo(java.util.Arrays.copyOf(plain, FIRST));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void openTo_tamperedSegment_leavesNoFile(
      String path,
      UnaryOperator<BlobStore> wrap,
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    Vault vault = tamperedSecondSegment(wrap, content(3 * SEGMENT + 100, 42));
    assertThatThrownBy(() -> vault.openTo(SUBJECT, OBJECT, PARTICIPANT, dir.resolve("out.zip")))
        .isInstanceOf(VaultIntegrityException.class);
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void open_readerShowingMoreThanAsked_isStorageFailure() throws IOException {
    BlobStore store =
        showing(sealed(content(5000, 1)), (reader, length) -> ByteBuffer.allocate(length + 1));
    Vault vault = TestVaults.vault(store);
    assertThatThrownBy(() -> vault.open(SUBJECT, OBJECT, PARTICIPANT))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(OBJECT);
  }
}
