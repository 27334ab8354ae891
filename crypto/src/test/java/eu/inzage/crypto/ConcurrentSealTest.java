package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent seals of one (subject, object id): the manifest commit decides, so exactly one seal
 * succeeds, every other gets {@link AlreadyExistsException}, nobody deletes the winner's blobs, and
 * the object opens to the winner's content every time.
 */
class ConcurrentSealTest {
  private static final int ROUNDS = 150;
  private static final int WRITERS = 3;
  private static final String SUBJECT = "p-000123";

  @TempDir Path dir;
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** One seal attempt: what it sealed, or null when it lost. */
  @FunctionalInterface
  private interface Attempt {
    byte[] run(String objectId, int writer) throws Exception;
  }

  private void race(Attempt attempt, Opener opener) throws Exception {
    CyclicBarrier start = new CyclicBarrier(WRITERS);
    for (int round = 0; round < ROUNDS; round++) {
      String objectId = "o-" + round;
      List<Future<byte[]>> results = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        results.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  try {
                    return attempt.run(objectId, writer);
                  } catch (AlreadyExistsException e) {
                    return null;
                  }
                }));
      }
      List<byte[]> winners = new ArrayList<>();
      for (Future<byte[]> result : results) {
        byte[] sealed = result.get(30, TimeUnit.SECONDS);
        if (sealed != null) {
          winners.add(sealed);
        }
      }
      assertThat(winners).as("seals of %s that succeeded", objectId).hasSize(1);
      assertThat(opener.open(objectId)).as("content of %s", objectId).isEqualTo(winners.get(0));
    }
  }

  /** Opens an object's plaintext. */
  @FunctionalInterface
  private interface Opener {
    byte[] open(String objectId) throws Exception;
  }

  private static byte[] plaintext(String objectId, int writer) {
    // different sizes per writer, so that a mix-up of data and manifest cannot pass unnoticed
    return content(2_000 + 700 * writer + objectId.length(), objectId.hashCode() * 31L + writer);
  }

  private void sealRace(BlobStore store) throws Exception {
    Vault vault = TestVaults.vault(store);
    race(
        (objectId, writer) -> {
          byte[] plain = plaintext(objectId, writer);
          vault.seal(
              SUBJECT,
              objectId,
              new ByteArrayInputStream(plain),
              SealMetadata.of(PARTICIPANT.publicKey()));
          return plain;
        },
        objectId -> readAll(vault.open(SUBJECT, objectId, PARTICIPANT)));
    assertThat(vault.list(SUBJECT)).hasSize(ROUNDS);
    assertThat(vault.recover().orphans()).isEmpty();
  }

  @Test
  void seal_concurrentSealsOfOneIdOnTheFileSystem_exactlyOneWinsAndItOpens() throws Exception {
    sealRace(BlobStores.fileSystem(dir));
  }

  @Test
  void seal_concurrentSealsOfOneIdInMemory_exactlyOneWinsAndItOpens() throws Exception {
    sealRace(BlobStores.inMemory());
  }

  @Test
  void envelopeSeal_concurrentSealsOfOneId_exactlyOneWinsAndItOpens() throws Exception {
    OrganisationEnvelope envelope =
        OrganisationEnvelope.builder()
            .store(BlobStores.fileSystem(dir))
            .keys(LocalKeyEncryptionKeys.generate())
            .clock(TestVaults.CLOCK)
            .build();
    race(
        (objectId, writer) -> {
          byte[] plain = plaintext(objectId, writer);
          envelope.seal(
              SUBJECT,
              objectId,
              new ByteArrayInputStream(plain),
              new EnvelopeMetadata(
                  DocumentKind.SIGNED_MANDATE, "application/pdf", Duration.ofDays(400)));
          return plain;
        },
        objectId -> readAll(envelope.open(SUBJECT, objectId)));
    assertThat(envelope.list(SUBJECT)).hasSize(ROUNDS);
  }
}
