package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.NotFoundException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import eu.inzage.crypto.internal.AssociatedData;
import eu.inzage.crypto.internal.KeySlot;
import eu.inzage.crypto.internal.ShredLayer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Erasure: key slots first (the crypto-shred), then blobs and manifests; shred keys; recovery. */
class ErasureTest {
  private static final String SUBJECT = "p-000123";

  /** A store that records the order of deletions. */
  private static final class RecordingStore extends ForwardingBlobStore {
    final List<BlobName> deleted = new ArrayList<>();

    RecordingStore() {
      super(BlobStores.inMemory());
    }

    @Override
    public boolean delete(BlobName name) throws IOException {
      boolean existed = inner.delete(name);
      if (existed) {
        deleted.add(name);
      }
      return existed;
    }
  }

  private static void seal(Vault vault, String subject, String id, int size) throws IOException {
    vault.seal(
        subject,
        id,
        new ByteArrayInputStream(content(size, id.hashCode())),
        SealMetadata.of(PARTICIPANT.publicKey()));
  }

  @Test
  void delete_oneObject_removesKeySlotFirstThenDataThenManifest() throws IOException {
    RecordingStore store = new RecordingStore();
    Vault vault = TestVaults.vault(store);
    seal(vault, SUBJECT, "a", 100);
    seal(vault, SUBJECT, "b", 100);
    Erasure erasure = vault.delete(SUBJECT, "a");
    assertThat(erasure).isEqualTo(new Erasure(SUBJECT, List.of("a"), 1, false, 1, 1, 0));
    assertThat(store.deleted)
        .extracting(BlobName::kind)
        .containsExactly(BlobKind.KEY_SLOT, BlobKind.DATA, BlobKind.MANIFEST);
    assertThat(vault.list(SUBJECT)).extracting(SealedObject::objectId).containsExactly("b");
    assertThatThrownBy(() -> vault.open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(NotFoundException.class);
    assertThat(vault.delete(SUBJECT, "a").objects()).isEmpty();
  }

  @Test
  void shred_subject_destroysEveryKeySlotBeforeAnyBlobAndLeavesOthersAlone() throws IOException {
    RecordingStore store = new RecordingStore();
    Vault vault = TestVaults.vault(store);
    for (String id : List.of("a", "b", "c")) {
      seal(vault, SUBJECT, id, 10);
    }
    seal(vault, "p-other", "a", 10);
    Erasure erasure = vault.shred(SUBJECT);
    assertThat(erasure).isEqualTo(new Erasure(SUBJECT, List.of("a", "b", "c"), 3, false, 3, 3, 0));
    assertThat(store.deleted.subList(0, 3))
        .extracting(BlobName::kind)
        .containsOnly(BlobKind.KEY_SLOT);
    assertThat(store.deleted.subList(3, 9))
        .extracting(BlobName::kind)
        .doesNotContain(BlobKind.KEY_SLOT);
    assertThat(store.list(SUBJECT)).isEmpty();
    assertThat(vault.list("p-other")).hasSize(1);
    assertThat(vault.shred(SUBJECT).objects()).isEmpty();
  }

  @Test
  void shred_withShredKey_makesABackupCopyUnreadable() throws IOException {
    BlobStore store = BlobStores.inMemory();
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    ShredKeys shredKeys = ShredKeys.of(BlobStores.inMemory(), kek);
    Vault vault = TestVaults.vault(store, shredKeys);
    seal(vault, SUBJECT, "a", 2_000);
    assertThat(readAll(vault.open(SUBJECT, "a", PARTICIPANT))).hasSize(2_000);
    // a backup taken before the erasure: every blob copied elsewhere
    BlobStore backup = BlobStores.inMemory();
    for (BlobName name : store.list(SUBJECT)) {
      try (InputStream in = store.open(name).orElseThrow();
          BlobWriter writer = backup.create(name)) {
        in.transferTo(writer);
        writer.commit();
      }
    }

    Erasure erasure = vault.shred(SUBJECT);

    assertThat(erasure.shredKey()).isTrue();
    Vault restored = TestVaults.vault(backup, shredKeys);
    assertThat(restored.list(SUBJECT)).hasSize(1);
    assertThatThrownBy(() -> restored.open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("crypto-shredded");
  }

  @Test
  void shredLayer_removedByTheOrganisation_leavesAKeySlotOnlyTheParticipantOpens()
      throws Exception {
    BlobStore store = BlobStores.inMemory();
    ShredKeys shredKeys = ShredKeys.of(BlobStores.inMemory(), LocalKeyEncryptionKeys.generate());
    Vault vault = TestVaults.vault(store, shredKeys);
    seal(vault, SUBJECT, "a", 10);
    byte[] layered =
        readAll(store.open(new BlobName(SUBJECT, "a", BlobKind.KEY_SLOT)).orElseThrow());
    assertThat(ShredLayer.isLayered(layered)).isTrue();
    byte[] ad = AssociatedData.of(1, SUBJECT, "a");
    byte[] inner = ShredLayer.remove(shredKeys.get(SUBJECT).orElseThrow(), ad, layered);
    KeySlot slot = KeySlot.decode(inner);
    assertThat(slot.entries()).hasSize(1);
    // what is left is the HPKE wrap to the participant: another key cannot open it
    assertThatThrownBy(
            () ->
                TestVaults.OTHER_PARTICIPANT
                    .decrypter()
                    .decrypt(slot.entries().get(0).wrapped(), ad))
        .isInstanceOf(java.security.GeneralSecurityException.class);
    assertThat(PARTICIPANT.decrypter().decrypt(slot.entries().get(0).wrapped(), ad)).hasSize(32);
  }

  @Test
  void shredKeys_kekRotation_rewrapsAndTheOldKekCanGo() throws IOException {
    BlobStore keyStore = BlobStores.inMemory();
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    Vault vault = TestVaults.vault(BlobStores.inMemory(), ShredKeys.of(keyStore, kek));
    seal(vault, SUBJECT, "a", 10);
    LocalKeyEncryptionKeys rotated = kek.rotate();
    assertThat(ShredKeys.of(keyStore, rotated).rewrap()).isEqualTo(1);
    assertThat(ShredKeys.of(keyStore, rotated).rewrap()).isZero();
    LocalKeyEncryptionKeys onlyNew =
        LocalKeyEncryptionKeys.readUnprotected(
            TestVaults.stream(TestVaults.json(rotated.destroyOldKeys()::writeUnprotected)));
    assertThat(onlyNew.size()).isEqualTo(1);
    assertThat(ShredKeys.of(keyStore, onlyNew).get(SUBJECT)).isPresent();
    assertThatThrownBy(() -> ShredKeys.of(keyStore, kek).get(SUBJECT))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void recover_interruptedErasureAndSeal_removesTheOrphansAndListShowsNoHalfObject()
      throws IOException {
    BlobStore store = BlobStores.inMemory();
    Vault vault = TestVaults.vault(store);
    seal(vault, SUBJECT, "deleting", 10);
    seal(vault, SUBJECT, "sealing", 10);
    seal(vault, SUBJECT, "whole", 10);
    store.delete(new BlobName(SUBJECT, "deleting", BlobKind.KEY_SLOT)); // erasure cut short
    store.delete(new BlobName(SUBJECT, "sealing", BlobKind.MANIFEST)); // seal cut short
    assertThat(vault.list(SUBJECT)).extracting(SealedObject::objectId).containsExactly("whole");

    Recovery recovery = vault.recover();

    assertThat(recovery.orphans())
        .containsExactlyInAnyOrder(
            new BlobName(SUBJECT, "deleting", BlobKind.DATA),
            new BlobName(SUBJECT, "deleting", BlobKind.MANIFEST),
            new BlobName(SUBJECT, "sealing", BlobKind.DATA),
            new BlobName(SUBJECT, "sealing", BlobKind.KEY_SLOT));
    assertThat(store.list(SUBJECT)).extracting(BlobName::objectId).containsOnly("whole");
    assertThat(vault.recover().orphans()).isEmpty();
    seal(vault, SUBJECT, "sealing", 10);
    assertThat(vault.list(SUBJECT)).hasSize(2);
  }
}
