package eu.inzage.crypto.blob.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link BlobStore} implementation passes; public, in crypto's test jar, so that
 * stores of other modules, such as the S3 store, run it too. Its package is one that crypto's own
 * module does not have: a test of a named module (the s3 module's) can read it from the class path
 * only there.
 */
public abstract class BlobStoreContract {
  protected BlobStore store;

  protected abstract BlobStore newStore() throws IOException;

  @BeforeEach
  void createStore() throws IOException {
    store = newStore();
  }

  protected static BlobName name(String subject, String object, BlobKind kind) {
    return new BlobName(subject, object, kind);
  }

  protected static void put(BlobStore store, BlobName name, String text) throws IOException {
    try (BlobWriter writer = store.create(name)) {
      writer.write(text.getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
  }

  protected String get(BlobName name) throws IOException {
    try (InputStream in = store.open(name).orElseThrow()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void create_committed_isReadableWithItsSize() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.DATA);
    put(store, n, "hello");
    assertThat(get(n)).isEqualTo("hello");
    assertThat(store.size(n)).hasValue(5);
  }

  /** What the store's reader shows, window after window, is what its stream gives. */
  @Test
  void openReader_committed_showsTheSameBytesAsOpen() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.DATA);
    byte[] bytes = new byte[3 * 65_536 + 7];
    new java.util.Random(3).nextBytes(bytes);
    try (BlobWriter writer = store.create(n)) {
      writer.write(bytes);
      writer.commit();
    }
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    try (BlobReader reader = store.openReader(n).orElseThrow()) {
      for (java.nio.ByteBuffer window = reader.peek(65_536);
          window.hasRemaining();
          window = reader.peek(65_536)) {
        assertThat(window.hasArray()).isTrue();
        read.write(window.array(), window.arrayOffset() + window.position(), window.remaining());
        reader.consume(window.remaining());
      }
    }
    assertThat(read.toByteArray()).isEqualTo(bytes);
    try (InputStream in = store.open(n).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(read.toByteArray());
    }
  }

  @Test
  void openReader_missingOrUncommitted_isEmpty() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.DATA);
    assertThat(store.openReader(n)).isEmpty();
    try (BlobWriter writer = store.create(n)) {
      writer.write(new byte[] {1, 2, 3});
      assertThat(store.openReader(n)).isEmpty();
    }
  }

  @Test
  void create_notCommitted_isInvisibleAndDiscardedOnClose() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.DATA);
    try (BlobWriter writer = store.create(n)) {
      writer.write(new byte[] {1, 2, 3});
      assertThat(store.open(n)).isEmpty();
    }
    assertThat(store.open(n)).isEmpty();
    assertThat(store.size(n)).isEmpty();
    assertThat(store.list("p-1")).isEmpty();
  }

  @Test
  void subjects_storedSubjects_areListedOnceInOrder() throws IOException {
    put(store, name("p-2", "o-1", BlobKind.DATA), "x");
    put(store, name("p-1", "o-1", BlobKind.DATA), "x");
    put(store, name("p-1", "o-2", BlobKind.NOTE), "x");
    assertThat(store.subjects()).containsExactly("p-1", "p-2");
  }

  @Test
  void removeUncommitted_nothingPartial_keepsCommittedBlobs() throws IOException {
    put(store, name("p-1", "o-1", BlobKind.DATA), "x");
    assertThat(store.removeUncommitted("p-1")).isZero();
    assertThat(store.removeUncommitted("p-unknown")).isZero();
    assertThat(get(name("p-1", "o-1", BlobKind.DATA))).isEqualTo("x");
  }

  @Test
  void create_existingName_replacesAtomically() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.KEY_SLOT);
    put(store, n, "old");
    try (BlobWriter writer = store.create(n)) {
      writer.write("new".getBytes(StandardCharsets.UTF_8));
      assertThat(get(n)).isEqualTo("old");
      writer.commit();
    }
    assertThat(get(n)).isEqualTo("new");
  }

  protected static void putIfAbsent(BlobStore store, BlobName name, String text)
      throws IOException {
    try (BlobWriter writer = store.createIfAbsent(name)) {
      writer.write(text.getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
  }

  @Test
  void createIfAbsent_freeName_isCommittedLikeCreate() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    try (BlobWriter writer = store.createIfAbsent(n)) {
      writer.write("first".getBytes(StandardCharsets.UTF_8));
      assertThat(store.open(n)).isEmpty();
      writer.commit();
    }
    assertThat(get(n)).isEqualTo("first");
    assertThat(store.size(n)).hasValue(5);
  }

  @Test
  void createIfAbsent_takenName_failsAndKeepsTheExistingBlob() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    put(store, n, "first");
    assertThatThrownBy(() -> putIfAbsent(store, n, "second"))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("o-1");
    assertThat(get(n)).isEqualTo("first");
    assertThat(store.removeUncommitted("p-1")).as("the loser's bytes are discarded").isZero();
    assertThat(store.list("p-1")).containsExactly(n);
  }

  @Test
  void createIfAbsent_nameTakenWhileWriting_failsAtCommit() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    try (BlobWriter late = store.createIfAbsent(n)) {
      late.write("late".getBytes(StandardCharsets.UTF_8));
      putIfAbsent(store, n, "early");
      assertThatThrownBy(late::commit).isInstanceOf(AlreadyExistsException.class);
    }
    assertThat(get(n)).isEqualTo("early");
  }

  @Test
  void createIfAbsent_manyThreadsOneName_exactlyOneCommits() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 40; round++) {
        BlobName n = name("p-1", "o-" + round, BlobKind.MANIFEST);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<String>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String text = "writer-" + t;
          futures.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                      putIfAbsent(store, n, text);
                      return text;
                    } catch (AlreadyExistsException e) {
                      return null;
                    }
                  }));
        }
        List<String> winners = new ArrayList<>();
        for (Future<String> f : futures) {
          String won = f.get(30, TimeUnit.SECONDS);
          if (won != null) {
            winners.add(won);
          }
        }
        assertThat(winners).as("round %s", round).hasSize(1);
        assertThat(get(n)).isEqualTo(winners.get(0));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.removeUncommitted("p-1")).isZero();
  }

  @Test
  void write_afterCommit_fails() throws IOException {
    BlobWriter writer = store.create(name("p-1", "o-1", BlobKind.DATA));
    writer.commit();
    assertThatThrownBy(() -> writer.write(1)).isInstanceOf(IOException.class);
    writer.close();
  }

  @Test
  void open_missing_isEmpty() throws IOException {
    assertThat(store.open(name("p-1", "nothing", BlobKind.DATA))).isEmpty();
    assertThat(store.size(name("p-1", "nothing", BlobKind.DATA))).isEmpty();
  }

  @Test
  void delete_existingAndMissing_reportsWhetherItExisted() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    put(store, n, "m");
    assertThat(store.delete(n)).isTrue();
    assertThat(store.delete(n)).isFalse();
    assertThat(store.open(n)).isEmpty();
  }

  @Test
  void list_subject_returnsOnlyItsBlobsInStableOrder() throws IOException {
    put(store, name("p-1", "b", BlobKind.MANIFEST), "x");
    put(store, name("p-1", "b", BlobKind.DATA), "x");
    put(store, name("p-1", "a.zip", BlobKind.KEY_SLOT), "x");
    put(store, name("p-2", "a", BlobKind.DATA), "x");
    assertThat(store.list("p-1"))
        .containsExactly(
            name("p-1", "a.zip", BlobKind.KEY_SLOT),
            name("p-1", "b", BlobKind.DATA),
            name("p-1", "b", BlobKind.MANIFEST));
    assertThat(store.list("p-3")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "a/b", "a\\b", ".hidden", "", "x y", "é"})
  void name_malformedId_isRejected(String id) {
    assertThatThrownBy(() -> name(id, "o", BlobKind.DATA))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> name("p", id, BlobKind.DATA))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("objectId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../etc", "a/b"})
  void list_malformedSubject_isRejected(String subject) {
    assertThatThrownBy(() -> store.list(subject)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void create_manyThreadsDistinctNames_allCommitted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int id = i;
        futures.add(
            pool.submit(
                () -> {
                  put(store, name("p-" + (id % 4), "o-" + id, BlobKind.DATA), "v" + id);
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 64; i++) {
      assertThat(get(name("p-" + (i % 4), "o-" + i, BlobKind.DATA))).isEqualTo("v" + i);
    }
    assertThat(store.list("p-0")).hasSize(16);
  }
}
