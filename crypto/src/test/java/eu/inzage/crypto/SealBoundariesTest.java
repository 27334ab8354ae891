package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import eu.inzage.crypto.internal.PartialFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds of sealing and opening: the maximum object size, a store failing after the manifest
 * won (the winner removes only its own blobs), and the partial files of opening.
 */
class SealBoundariesTest {
  private static final String SUBJECT = "p-000123";

  @TempDir Path dir;

  private static Vault vault(BlobStore store, long maxSize) {
    return Vault.builder()
        .store(store)
        .clock(TestVaults.CLOCK)
        .signingKey(TestVaults.ORGANISATION)
        .maxObjectSize(maxSize)
        .build();
  }

  private List<String> hiddenFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void seal_streamLongerThanTheMaximum_isRefusedAndLeavesNothing() throws IOException {
    BlobStore store = BlobStores.fileSystem(dir.resolve("store"));
    Vault vault = vault(store, 100_000);
    assertThatThrownBy(
            () ->
                vault.seal(
                    SUBJECT,
                    "too-long",
                    new ByteArrayInputStream(content(100_001, 1)),
                    SealMetadata.of(PARTICIPANT.publicKey())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("content");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.TOO_LONG);
            });
    assertThat(store.list(SUBJECT)).isEmpty();
    assertThat(hiddenFiles()).isEmpty();
    // an endless stream that never hands over an array (/dev/zero read through a pipe, say)
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    assertThatThrownBy(
            () -> vault.seal(SUBJECT, "endless", endless, SealMetadata.of(PARTICIPANT.publicKey())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.TOO_LONG));
    assertThat(store.list(SUBJECT)).isEmpty();
    assertThat(hiddenFiles()).isEmpty();
    byte[] exact = content(100_000, 2);
    vault.seal(
        SUBJECT,
        "exact",
        new ByteArrayInputStream(exact),
        SealMetadata.of(PARTICIPANT.publicKey()));
    assertThat(readAll(vault.open(SUBJECT, "exact", PARTICIPANT))).isEqualTo(exact);
  }

  @Test
  void builder_maxObjectSize_isSetOnceAndNotNegative() {
    assertThat(Vault.DEFAULT_MAX_OBJECT_SIZE).isEqualTo(64L << 30);
    Vault.Builder builder = Vault.builder().maxObjectSize(10);
    assertThatThrownBy(() -> builder.maxObjectSize(20))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("maxObjectSize was already set to 10");
    assertThatThrownBy(() -> Vault.builder().maxObjectSize(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("maxObjectSize");
  }

  @Test
  void seal_storeFailsAfterTheManifestWon_removesOnlyItsOwnBlobs() throws IOException {
    BlobStore inner = BlobStores.fileSystem(dir.resolve("store"));
    BlobStore failingData =
        new ForwardingBlobStore(inner) {
          @Override
          public BlobWriter create(BlobName name) throws IOException {
            BlobWriter writer = inner.create(name);
            if (name.kind() != BlobKind.DATA) {
              return writer;
            }
            return new BlobWriter() {
              @Override
              public void write(int b) throws IOException {
                writer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                writer.write(b, off, len);
              }

              @Override
              public void commit() throws IOException {
                throw new IOException("disk full");
              }

              @Override
              public void close() throws IOException {
                writer.close();
              }
            };
          }
        };
    Vault good = TestVaults.vault(inner);
    byte[] other = content(5_000, 3);
    good.seal(
        SUBJECT,
        "other",
        new ByteArrayInputStream(other),
        SealMetadata.of(PARTICIPANT.publicKey()));
    assertThatThrownBy(
            () ->
                TestVaults.vault(failingData)
                    .seal(
                        SUBJECT,
                        "failing",
                        new ByteArrayInputStream(content(5_000, 4)),
                        SealMetadata.of(PARTICIPANT.publicKey())))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("failing");
    assertThat(inner.list(SUBJECT)).extracting(BlobName::objectId).containsOnly("other");
    assertThat(hiddenFiles()).isEmpty();
    assertThat(readAll(good.open(SUBJECT, "other", PARTICIPANT))).isEqualTo(other);
    // the id is free again
    good.seal(
        SUBJECT,
        "failing",
        new ByteArrayInputStream(other),
        SealMetadata.of(PARTICIPANT.publicKey()));
  }

  @Test
  void openTo_partialFilesOfDeadProcesses_areSweptAndLiveOnesKept() throws IOException {
    Vault vault = TestVaults.vault(BlobStores.inMemory());
    byte[] plain = content(10_000, 5);
    vault.seal(
        SUBJECT, "o1", new ByteArrayInputStream(plain), SealMetadata.of(PARTICIPANT.publicKey()));
    Path out = Files.createDirectories(dir.resolve("out"));
    long self = ProcessHandle.current().pid();
    Path dead = Files.write(out.resolve(".export.json.2147483646.0123456789ab.partial"), plain);
    Path live = Files.write(out.resolve(".export.json." + self + ".0123456789ab.partial"), plain);
    Path foreign = Files.write(out.resolve(".notes.partial"), plain);

    vault.openTo(SUBJECT, "o1", PARTICIPANT, out.resolve("export.json"));

    assertThat(dead).doesNotExist();
    assertThat(live).as("a live process's file is left alone").exists();
    assertThat(foreign).as("files of other programs are left alone").exists();
    assertThat(Files.readAllBytes(out.resolve("export.json"))).isEqualTo(plain);
    assertThat(PartialFiles.sweep(out)).isZero();
    assertThat(PartialFiles.sweep(dir.resolve("missing"))).isZero();
  }
}
