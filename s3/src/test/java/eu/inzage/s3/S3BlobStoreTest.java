package eu.inzage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.StorageException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * What the S3 store does beyond the contract, on a real S3-compatible server: large blobs stream
 * through multipart uploads, and nothing of an upload that is not committed is left behind.
 */
class S3BlobStoreTest {
  @RegisterExtension static final LocalS3 S3 = new LocalS3();

  private static final int MIB = 1024 * 1024;

  private S3BlobStore store;

  @BeforeEach
  void newStore() {
    store = S3.newStore();
    S3.resetRequests();
  }

  private static BlobName name(String subject, String objectId, BlobKind kind) {
    return new BlobName(subject, objectId, kind);
  }

  /**
   * Writes {@code size} pseudo-random bytes of {@code seed} in 1 MiB writes; returns their hash.
   */
  private static byte[] writeRandom(BlobWriter writer, long size, long seed) throws IOException {
    MessageDigest digest = sha256();
    Random random = new Random(seed);
    byte[] chunk = new byte[MIB];
    for (long written = 0; written < size; written += chunk.length) {
      int n = (int) Math.min(chunk.length, size - written);
      random.nextBytes(chunk);
      writer.write(chunk, 0, n);
      digest.update(chunk, 0, n);
    }
    return digest.digest();
  }

  private static byte[] hash(InputStream in) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void create_40MiB_streamsAsMultipartUploadOfPartSizedParts() throws IOException {
    BlobName n = name("p-1", "export.zip", BlobKind.DATA);
    long size = 40L * MIB;
    byte[] written;
    try (BlobWriter writer = store.create(n)) {
      written = writeRandom(writer, size, 40);
      assertThat(S3.keys(store.keyPrefix())).as("nothing visible before commit").isEmpty();
      writer.commit();
    }

    // 40 MiB in parts of 5 MiB: eight parts, each sent as its buffer filled, no single PutObject
    assertThat(S3.requests("CreateMultipartUpload")).isEqualTo(1);
    assertThat(S3.requests("UploadPart")).isEqualTo(8);
    assertThat(S3.requests("CompleteMultipartUpload")).isEqualTo(1);
    assertThat(S3.requests("PutObject")).isZero();
    assertThat(store.size(n)).hasValue(size);
    assertThat(hash(store.open(n).orElseThrow())).isEqualTo(written);
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
    // the server's own word: the ETag of a multipart object ends with its number of parts
    assertThat(
            S3.client()
                .headObject(
                    r -> r.bucket(LocalS3.BUCKET).key(store.keyPrefix() + "p-1/export.zip.data"))
                .eTag())
        .endsWith("-8\"");
  }

  @Test
  void openReader_largeBlob_readsTheStreamWindowByWindow() throws IOException {
    BlobName n = name("p-1", "export.zip", BlobKind.DATA);
    byte[] written;
    try (BlobWriter writer = store.create(n)) {
      written = writeRandom(writer, 12L * MIB + 5, 12);
      writer.commit();
    }
    MessageDigest digest = sha256();
    long read = 0;
    try (BlobReader reader = store.openReader(n).orElseThrow()) {
      for (ByteBuffer window = reader.peek(MIB); window.hasRemaining(); window = reader.peek(MIB)) {
        digest.update(window.array(), window.arrayOffset() + window.position(), window.remaining());
        read += window.remaining();
        reader.consume(window.remaining());
      }
    }
    assertThat(read).isEqualTo(12L * MIB + 5);
    assertThat(digest.digest()).isEqualTo(written);
  }

  @Test
  void create_smallBlob_isOnePutObject() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    try (BlobWriter writer = store.createIfAbsent(n)) {
      writer.write("manifest".getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
    assertThat(S3.requests("PutObject")).isEqualTo(1);
    assertThat(S3.requests("CreateMultipartUpload")).isZero();
    assertThat(S3.keys(store.keyPrefix())).containsExactly(store.keyPrefix() + "p-1/o-1.manifest");
  }

  @Test
  void close_withoutCommitAfterParts_abortsTheUploadAndLeavesNothing() throws IOException {
    BlobName n = name("p-1", "export.zip", BlobKind.DATA);
    try (BlobWriter writer = store.create(n)) {
      writeRandom(writer, 11L * MIB, 11);
      assertThat(S3.requests("UploadPart")).isEqualTo(2);
      assertThat(S3.pendingUploads(store.keyPrefix())).hasSize(1);
    }
    assertThat(S3.requests("AbortMultipartUpload")).isEqualTo(1);
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
    assertThat(S3.keys(store.keyPrefix())).isEmpty();
    assertThat(store.open(n)).isEmpty();
    assertThat(store.subjects()).isEmpty();
  }

  @Test
  void createIfAbsent_largeBlobOverTakenName_failsAbortsAndKeepsTheExistingBlob()
      throws IOException {
    BlobName n = name("p-1", "export.zip", BlobKind.MANIFEST);
    try (BlobWriter writer = store.createIfAbsent(n)) {
      writer.write("first".getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
    try (BlobWriter late = store.createIfAbsent(n)) {
      writeRandom(late, 6L * MIB, 6);
      assertThatThrownBy(late::commit)
          .isInstanceOf(AlreadyExistsException.class)
          .hasMessage("the manifest of object export.zip already exists");
    }
    assertThat(S3.requests("CompleteMultipartUpload")).as("the condition went to S3").isEqualTo(1);
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
    try (InputStream in = store.open(n).orElseThrow()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
    }
  }

  /** Exactly one of several multipart uploads of one name wins, decided by S3 at completion. */
  @Test
  void createIfAbsent_concurrentMultipartWriters_exactlyOneWins() throws Exception {
    int threads = 4;
    BlobName n = name("p-1", "export.zip", BlobKind.DATA);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<byte[]>> futures = new ArrayList<>();
    try {
      CyclicBarrier ready = new CyclicBarrier(threads);
      for (int t = 0; t < threads; t++) {
        long seed = t;
        futures.add(
            pool.submit(
                () -> {
                  try (BlobWriter writer = store.createIfAbsent(n)) {
                    byte[] hash = writeRandom(writer, 6L * MIB, seed);
                    ready.await(30, TimeUnit.SECONDS); // every upload started, none completed
                    writer.commit();
                    return hash;
                  } catch (AlreadyExistsException e) {
                    return null;
                  }
                }));
      }
      List<byte[]> winners = new ArrayList<>();
      for (Future<byte[]> future : futures) {
        byte[] won = future.get(120, TimeUnit.SECONDS);
        if (won != null) {
          winners.add(won);
        }
      }
      assertThat(winners).hasSize(1);
      assertThat(hash(store.open(n).orElseThrow())).isEqualTo(winners.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(S3.requests("CompleteMultipartUpload")).isEqualTo(threads);
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
  }

  /**
   * The SDK retries a conditional write whose response was lost after the server carried it out;
   * the retry's 412 is then this writer's own object, not another's: the commit succeeds.
   */
  @Test
  void createIfAbsent_responseLostAfterTheWrite_isStillTheWinner() throws IOException {
    BlobName n = name("p-1", "o-1", BlobKind.MANIFEST);
    S3.loseNextResponse("PutObject");
    try (BlobWriter writer = store.createIfAbsent(n)) {
      writer.write("mine".getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
    assertThat(S3.lostResponses("PutObject")).isEqualTo(1);
    try (InputStream in = store.open(n).orElseThrow()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("mine");
    }
    assertThatThrownBy(() -> putIfAbsent(n, "theirs")).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void createIfAbsent_completionResponseLost_isStillTheWinnerAndLeavesNoUpload()
      throws IOException {
    BlobName n = name("p-1", "export.zip", BlobKind.DATA);
    S3.loseNextResponse("CompleteMultipartUpload");
    byte[] written;
    try (BlobWriter writer = store.createIfAbsent(n)) {
      written = writeRandom(writer, 6L * MIB, 7);
      writer.commit();
    }
    assertThat(S3.lostResponses("CompleteMultipartUpload")).isEqualTo(1);
    assertThat(hash(store.open(n).orElseThrow())).isEqualTo(written);
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
  }

  private void putIfAbsent(BlobName n, String text) throws IOException {
    try (BlobWriter writer = store.createIfAbsent(n)) {
      writer.write(text.getBytes(StandardCharsets.UTF_8));
      writer.commit();
    }
  }

  /** A process killed while writing leaves an unfinished upload: listed, then aborted. */
  @Test
  void removeUncommitted_uploadOfAKilledWriter_isAbortedAndItsSubjectForgotten()
      throws IOException {
    BlobWriter abandoned = store.create(name("p-2", "export.zip", BlobKind.DATA));
    writeRandom(abandoned, 5L * MIB, 5); // one part sent; the writer is never closed
    assertThat(S3.pendingUploads(store.keyPrefix())).hasSize(1);
    assertThat(store.subjects()).containsExactly("p-2");
    assertThat(store.list("p-2")).isEmpty();

    assertThat(store.removeUncommitted("p-1")).isZero();
    assertThat(store.removeUncommitted("p-2")).isEqualTo(1);

    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
    assertThat(store.subjects()).isEmpty();
  }

  @Test
  void list_foreignKeysUnderThePrefix_areIgnored() throws IOException {
    BlobName n = name("p-1", "o", BlobKind.DATA);
    try (BlobWriter writer = store.create(n)) {
      writer.commit();
    }
    for (String key : List.of("p-1/readme.txt", "p-1/.o.data", "p-1/o", "not an id/o.data", "x")) {
      S3.client()
          .putObject(
              r -> r.bucket(LocalS3.BUCKET).key(store.keyPrefix() + key),
              RequestBody.fromString("foreign"));
    }
    assertThat(store.list("p-1")).containsExactly(n);
    assertThat(store.subjects()).containsExactly("p-1");
    assertThat(store.size(n)).hasValue(0);
  }

  @Test
  void keyPrefix_otherStoresOfTheBucket_areNotSeen() throws IOException {
    S3BlobStore other = S3.newStore();
    BlobName n = name("p-1", "o", BlobKind.DATA);
    try (BlobWriter writer = other.create(n)) {
      writer.write(1);
      writer.commit();
    }
    assertThat(store.open(n)).isEmpty();
    assertThat(store.list("p-1")).isEmpty();
    assertThat(store.subjects()).isEmpty();
    assertThat(other.list("p-1")).containsExactly(n);
  }

  /** A store that makes its own client from the endpoint, region and credentials. */
  private static S3BlobStore endpointStore(String secretKey, String keyPrefix) {
    return S3BlobStore.builder()
        .endpoint(S3.endpoint())
        .region(LocalS3.REGION)
        .credentials(LocalS3.ACCESS_KEY, secretKey)
        .bucket(LocalS3.BUCKET)
        .keyPrefix(keyPrefix)
        .build();
  }

  /** The subject's id is in every key: no message or cause of a failure may hold it. */
  @Test
  void failure_wrongCredentials_isStorageExceptionWithoutSubjectOrKey() {
    try (S3BlobStore denied = endpointStore("not-the-secret", "inzage/")) {
      BlobName n = name("p-jane-doe-1984", "export.zip", BlobKind.DATA);
      for (ThrowingCall call :
          List.<ThrowingCall>of(
              () -> denied.open(n),
              () -> denied.size(n),
              () -> denied.list("p-jane-doe-1984"),
              () -> denied.removeUncommitted("p-jane-doe-1984"),
              () -> {
                try (BlobWriter writer = denied.create(n)) {
                  writer.write(1);
                  writer.commit();
                }
              })) {
        assertThatThrownBy(call::call)
            .isInstanceOf(StorageException.class)
            .satisfies(
                e -> {
                  assertThat(e.getMessage()).startsWith("S3 could not ").contains("HTTP 403");
                  for (Throwable t = e; t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage()))
                        .doesNotContain("jane")
                        .doesNotContain("inzage/");
                  }
                });
      }
    }
  }

  @Test
  void failure_missingBucket_isStorageException() {
    S3BlobStore missing =
        S3BlobStore.builder().client(S3.client()).bucket("no-such-bucket").build();
    assertThatThrownBy(() -> missing.open(name("p-1", "o", BlobKind.DATA)))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("S3 could not read the data of object o (HTTP 404 NoSuchBucket");
    assertThatThrownBy(missing::subjects)
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("S3 could not list the subjects (HTTP 404");
  }

  @Test
  void verifyConditionalWrites_serverHonoursIfNoneMatch_passesAndLeavesNothing() {
    try (S3BlobStore own = endpointStore(LocalS3.SECRET_KEY, S3.newPrefix())) {
      own.verifyConditionalWrites();
      assertThat(S3.keys(own.keyPrefix())).isEmpty();
      assertThat(own.subjects()).isEmpty();
    }
  }

  @Test
  void toString_namesNoBucketOrPrefix() {
    assertThat(store).hasToString("S3BlobStore");
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  interface ThrowingCall {
    void call() throws Exception;
  }
}
