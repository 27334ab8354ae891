package eu.inzage.crypto.blob;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.crypto.blob.contract.BlobStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem store against the blob store contract, plus its layout on disk. */
class FileSystemBlobStoreTest extends BlobStoreContract {
  @TempDir Path root;

  @Override
  protected BlobStore newStore() throws IOException {
    return BlobStores.fileSystem(root.resolve("store"));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void commit_file_landsInShardedSubjectDirectoryWithNoTemporaryLeft() throws IOException {
    put(store, name("p-000123", "export.zip", BlobKind.DATA), "x");
    List<Path> files = files();
    assertThat(files).hasSize(1);
    Path file = root.resolve("store").relativize(files.get(0));
    assertThat(file.getNameCount()).isEqualTo(3);
    assertThat(file.getName(0).toString()).matches("[0-9a-f]{2}");
    assertThat(file.getName(1).toString()).isEqualTo("p-000123");
    assertThat(file.getName(2).toString()).isEqualTo("export.zip.data");
  }

  @Test
  void commit_file_isReadableByOwnerOnly() throws IOException {
    put(store, name("p-1", "o", BlobKind.DATA), "x");
    assertThat(Files.getPosixFilePermissions(files().get(0)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void close_withoutCommit_leavesNoFile() throws IOException {
    try (BlobWriter writer = store.create(name("p-1", "o", BlobKind.DATA))) {
      writer.write(new byte[1000]);
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void list_ignoresForeignAndTemporaryFiles() throws IOException {
    put(store, name("p-1", "o", BlobKind.DATA), "x");
    Path dir = files().get(0).getParent();
    Files.writeString(dir.resolve(".o.data.123.tmp"), "junk");
    Files.writeString(dir.resolve("readme.txt"), "junk");
    assertThat(store.list("p-1")).containsExactly(name("p-1", "o", BlobKind.DATA));
  }

  @Test
  void reopen_sameRoot_seesCommittedBlobs() throws IOException {
    put(store, name("p-1", "o", BlobKind.MANIFEST), "kept");
    BlobStore again = BlobStores.fileSystem(root.resolve("store"));
    assertThat(again.list("p-1")).containsExactly(name("p-1", "o", BlobKind.MANIFEST));
  }

  @Test
  void removeUncommitted_temporaryFilesOfAKilledWriter_areRemovedAndEmptyFolderToo()
      throws IOException {
    put(store, name("p-1", "o", BlobKind.DATA), "x");
    Path dir = files().get(0).getParent();
    Files.writeString(dir.resolve(".o.keyslot.0123456789abcdef.tmp"), "half");
    Files.writeString(dir.resolve("readme.txt"), "foreign");
    assertThat(store.subjects()).containsExactly("p-1");
    assertThat(store.removeUncommitted("p-1")).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("readme.txt"))).isTrue();
    store.delete(name("p-1", "o", BlobKind.DATA));
    Files.delete(dir.resolve("readme.txt"));
    assertThat(store.removeUncommitted("p-1")).isZero();
    assertThat(dir).doesNotExist();
    assertThat(store.subjects()).isEmpty();
  }
}
