package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads sealing and opening different objects in one filesystem store. */
class ConcurrencyTest {
  @TempDir Path dir;

  @Test
  void sealAndOpen_manyThreadsOneStore_everyObjectRoundTrips() throws Exception {
    Vault vault = TestVaults.vault(BlobStores.fileSystem(dir));
    byte[] shared = content(300_000, 99);
    vault.seal(
        "p-shared",
        "common",
        new ByteArrayInputStream(shared),
        SealMetadata.of(PARTICIPANT.publicKey()));
    int threads = 12;
    int perThread = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int ok = 0;
                  for (int i = 0; i < perThread; i++) {
                    String subject = "p-" + (thread % 4);
                    String object = "t" + thread + "-o" + i;
                    byte[] plain = content(50_000 + thread * 1000 + i, thread * 100L + i);
                    vault.seal(
                        subject,
                        object,
                        new ByteArrayInputStream(plain),
                        new SealMetadata(PARTICIPANT.publicKey(), "application/json", "zoom"));
                    if (java.util.Arrays.equals(
                            readAll(vault.open(subject, object, PARTICIPANT)), plain)
                        && java.util.Arrays.equals(
                            readAll(vault.open("p-shared", "common", PARTICIPANT)), shared)) {
                      ok++;
                    }
                  }
                  return ok;
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(perThread);
      }
    } finally {
      pool.shutdown();
    }
    int listed = 0;
    for (int s = 0; s < 4; s++) {
      listed += vault.list("p-" + s).size();
    }
    assertThat(listed).isEqualTo(threads * perThread);
  }
}
