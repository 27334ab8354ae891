package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.StorageException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participant key rotation: new primary, key slots re-wrapped, blobs and manifests untouched. */
class KeyRotationTest {
  private static final String SUBJECT = "p-000123";
  private static final Map<String, byte[]> CONTENT =
      Map.of(
          "tiktok-2026", content(1_500_000, 1),
          "zoom-2026", content(4_000, 2),
          "empty", new byte[0]);

  @TempDir Path dir;

  private Map<Path, byte[]> files(String suffix) throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    try (Stream<Path> all = Files.walk(dir.resolve("vault"))) {
      for (Path file : all.filter(f -> f.toString().endsWith(suffix)).toList()) {
        files.put(file, Files.readAllBytes(file));
      }
    }
    return files;
  }

  private Vault sealAll(BlobStore store, ParticipantPrivateKey key) throws IOException {
    Vault vault = TestVaults.vault(store);
    for (Map.Entry<String, byte[]> e : CONTENT.entrySet()) {
      vault.seal(
          SUBJECT,
          e.getKey(),
          new ByteArrayInputStream(e.getValue()),
          SealMetadata.of(key.publicKey()));
    }
    return vault;
  }

  private static void assertOpensEverything(Vault vault, ParticipantPrivateKey key)
      throws IOException {
    for (Map.Entry<String, byte[]> e : CONTENT.entrySet()) {
      assertThat(readAll(vault.open(SUBJECT, e.getKey(), key))).isEqualTo(e.getValue());
    }
  }

  @Test
  void rotate_twice_everyObjectOpensWithTheNewKeyAndBlobsAndManifestsAreUnchanged()
      throws IOException {
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    Vault vault = sealAll(BlobStores.fileSystem(dir.resolve("vault")), original);
    Map<Path, byte[]> data = files(".data");
    Map<Path, byte[]> manifests = files(".manifest");
    Map<Path, byte[]> slots = files(".keyslot");

    ParticipantPrivateKey once = vault.rotate(SUBJECT, original);
    assertOpensEverything(vault, once);
    ParticipantPrivateKey twice = vault.rotate(SUBJECT, once);

    assertOpensEverything(vault, twice);
    assertThat(twice.fingerprint())
        .isNotEqualTo(once.fingerprint())
        .isNotEqualTo(original.fingerprint());
    assertThat(twice.enabledKeys()).isEqualTo(1);
    assertThat(files(".data")).containsOnlyKeys(data.keySet());
    files(".data").forEach((path, bytes) -> assertThat(bytes).isEqualTo(data.get(path)));
    files(".manifest").forEach((path, bytes) -> assertThat(bytes).isEqualTo(manifests.get(path)));
    files(".keyslot").forEach((path, bytes) -> assertThat(bytes).isNotEqualTo(slots.get(path)));
    // the signed manifest still names the key the object was first sealed to
    assertThat(vault.list(SUBJECT))
        .allSatisfy(o -> assertThat(o.recipientFingerprint()).isEqualTo(original.fingerprint()));
  }

  @Test
  void rotate_oldKeys_openNothingAfterwards() throws IOException {
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    Vault vault = sealAll(BlobStores.inMemory(), original);
    ParticipantPrivateKey rotated = vault.rotate(SUBJECT, original);
    assertThatThrownBy(() -> vault.open(SUBJECT, "zoom-2026", original))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageContaining("no key slot entry");
    // the old key is still in the keyset, but disabled: it opens nothing either
    ParticipantPrivateKey reread =
        ParticipantPrivateKey.readUnprotected(
            TestVaults.stream(TestVaults.json(rotated::writeUnprotected)));
    assertThat(reread.enabledKeys()).isEqualTo(1);
    assertOpensEverything(vault, reread);
  }

  @Test
  void rewrap_stepByStep_newObjectsUseTheNewKeyAndOldOnesOpenInBetween() throws IOException {
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    Vault vault = sealAll(BlobStores.inMemory(), original);
    ParticipantPrivateKey rotated = original.rotate();
    assertThat(rotated.publicKey().keyId()).isNotEqualTo(original.publicKey().keyId());
    // before re-wrapping, the rotated keyset still opens through its old key
    assertOpensEverything(vault, rotated);
    vault.seal(
        SUBJECT,
        "new",
        new ByteArrayInputStream(new byte[] {7}),
        SealMetadata.of(rotated.publicKey()));

    assertThat(vault.rewrap(SUBJECT, rotated)).isEqualTo(new Rewrap(SUBJECT, 3, 1));
    assertThat(vault.rewrap(SUBJECT, rotated)).isEqualTo(new Rewrap(SUBJECT, 0, 4));
    ParticipantPrivateKey finished = rotated.disableOldKeys();
    assertOpensEverything(vault, finished);
    assertThat(readAll(vault.open(SUBJECT, "new", finished))).containsExactly(7);
  }

  @Test
  void rotate_protectedKey_isProtectedAgainWithANewRecoveryKey() throws IOException {
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    Vault vault = sealAll(BlobStores.inMemory(), original);
    ParticipantPrivateKey rotated = vault.rotate(SUBJECT, original);
    PassphraseProtection protection =
        rotated.protect("new passphrase".toCharArray(), TestVaults.FAST_ARGON2);
    ParticipantPrivateKey unlocked =
        ParticipantPrivateKey.read(
            TestVaults.stream(TestVaults.json(protection.protectedKey()::write)),
            "new passphrase".toCharArray());
    assertOpensEverything(vault, unlocked);
  }

  @Test
  void rotate_withShredKeys_keepsTheShredLayer() throws IOException {
    BlobStore store = BlobStores.inMemory();
    ShredKeys shredKeys = ShredKeys.of(BlobStores.inMemory(), LocalKeyEncryptionKeys.generate());
    Vault vault = TestVaults.vault(store, shredKeys);
    ParticipantPrivateKey key = ParticipantPrivateKey.generate();
    vault.seal(
        SUBJECT, "a", new ByteArrayInputStream(new byte[] {1}), SealMetadata.of(key.publicKey()));
    ParticipantPrivateKey rotated = vault.rotate(SUBJECT, key);
    assertThat(readAll(vault.open(SUBJECT, "a", rotated))).containsExactly(1);
    assertThat(vault.shred(SUBJECT).shredKey()).isTrue();
    assertThat(shredKeys.exists(SUBJECT)).isFalse();
  }

  @Test
  void rotate_storeFailsHalfway_wrapsBackSoTheOldKeyStillOpensEverything() throws IOException {
    int[] slotWrites = {0};
    BlobStore failing =
        new ForwardingBlobStore(BlobStores.inMemory()) {
          @Override
          public eu.inzage.crypto.blob.BlobWriter create(eu.inzage.crypto.blob.BlobName name)
              throws IOException {
            if (name.kind() == eu.inzage.crypto.blob.BlobKind.KEY_SLOT && ++slotWrites[0] == 5) {
              throw new IOException("disk full");
            }
            return inner.create(name);
          }
        };
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    Vault vault = sealAll(failing, original); // three key slot writes
    assertThatThrownBy(() -> vault.rotate(SUBJECT, original))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "blob store failed to create the keyslot of object tiktok-2026 of subject p-000123")
        .cause()
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertOpensEverything(vault, original);
  }
}
