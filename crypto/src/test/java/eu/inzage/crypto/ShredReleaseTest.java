package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.CLOCK;
import static eu.inzage.crypto.TestVaults.ORGANISATION;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.internal.GuardedBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participant's side of the shred layer (crypto/FORMAT.md 10.1): the organisation releases the
 * key slots, the participant opens them without the organisation's key-encryption keys.
 */
class ShredReleaseTest {
  private static final String SUBJECT = "p-1";
  private static final byte[] A = "first export".getBytes(StandardCharsets.UTF_8);
  private static final byte[] B = "second export".getBytes(StandardCharsets.UTF_8);

  private BlobStore store;
  private ShredKeys shredKeys;
  private Vault organisation;

  @BeforeEach
  void sealLayered() throws IOException {
    store = BlobStores.inMemory();
    shredKeys = ShredKeys.of(BlobStores.inMemory(), LocalKeyEncryptionKeys.generate());
    organisation = TestVaults.vault(store, shredKeys);
    organisation.seal(
        SUBJECT, "a", new ByteArrayInputStream(A), SealMetadata.of(PARTICIPANT.publicKey()));
    organisation.seal(
        SUBJECT, "b", new ByteArrayInputStream(B), SealMetadata.of(PARTICIPANT.publicKey()));
  }

  private Vault participant(BlobStore released) {
    Vault.Builder builder =
        Vault.builder().store(store).clock(CLOCK).organisationKey(ORGANISATION.publicKey());
    if (released != null) {
      builder.releasedKeySlots(released);
    }
    return builder.build();
  }

  private static byte[] slot(BlobStore in, String objectId) {
    return GuardedBlobStore.of(in)
        .read(new BlobName(SUBJECT, objectId, BlobKind.KEY_SLOT), 1 << 16)
        .orElseThrow();
  }

  private static String magic(byte[] bytes) {
    return new String(Arrays.copyOf(bytes, 8), StandardCharsets.US_ASCII);
  }

  @Test
  void open_layeredKeySlotWithoutShredKeysOrRelease_isWrongKeyNamingTheLayer() {
    assertThatThrownBy(() -> participant(null).open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(WrongKeyException.class)
        .hasMessage(
            "vault object a: the key slot has the organisation's shred layer; open it with the"
                + " key slots the organisation released (inzage vault release) or with the"
                + " vault's shred keys");
  }

  @Test
  void release_thenOpen_withoutTheOrganisationsKeys() throws IOException {
    BlobStore released = BlobStores.inMemory();
    Release release = organisation.release(SUBJECT, released);

    assertThat(release).isEqualTo(new Release(SUBJECT, List.of("a", "b")));
    assertThat(magic(slot(released, "a"))).isEqualTo("INZVKS01");
    assertThat(magic(slot(store, "a"))).isEqualTo("INZVKS02"); // the vault keeps its layer
    Vault participant = participant(released);
    assertThat(readAll(participant.open(SUBJECT, "a", PARTICIPANT))).isEqualTo(A);
    assertThat(readAll(participant.open(SUBJECT, "b", PARTICIPANT))).isEqualTo(B);
  }

  @Test
  void release_oneObject_releasesOnlyThatOne() throws IOException {
    BlobStore released = BlobStores.inMemory();
    assertThat(organisation.release(SUBJECT, "b", released).objectIds()).containsExactly("b");

    Vault participant = participant(released);
    assertThat(readAll(participant.open(SUBJECT, "b", PARTICIPANT))).isEqualTo(B);
    assertThatThrownBy(() -> participant.open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(WrongKeyException.class);
  }

  @Test
  void open_releasedKeySlotOfAnotherObject_isIntegrityFailure() {
    BlobStore released = BlobStores.inMemory();
    organisation.release(SUBJECT, released);
    GuardedBlobStore guarded = GuardedBlobStore.of(released);
    byte[] ofB = slot(released, "b");
    guarded.delete(new BlobName(SUBJECT, "a", BlobKind.KEY_SLOT));
    guarded.write(new BlobName(SUBJECT, "a", BlobKind.KEY_SLOT), ofB);

    assertThatThrownBy(() -> participant(released).open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void open_releasedCopyThatStillHasTheLayer_isIntegrityFailure() {
    BlobStore released = BlobStores.inMemory();
    GuardedBlobStore.of(released)
        .write(new BlobName(SUBJECT, "a", BlobKind.KEY_SLOT), slot(store, "a"));

    assertThatThrownBy(() -> participant(released).open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("still has its shred layer");
  }

  @Test
  void open_afterShred_findsNothingEvenWithAReleasedCopy() {
    BlobStore released = BlobStores.inMemory();
    organisation.release(SUBJECT, released);
    organisation.shred(SUBJECT);

    assertThatThrownBy(() -> participant(released).open(SUBJECT, "a", PARTICIPANT))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void release_layeredWithoutShredKeys_isConfigurationError() {
    Vault withoutShredKeys = TestVaults.vault(store);
    assertThatThrownBy(() -> withoutShredKeys.release(SUBJECT, BlobStores.inMemory()))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void rewrap_layeredKeySlotsWithOnlyAReleasedCopy_isRefusedAndKeepsTheLayer() {
    BlobStore released = BlobStores.inMemory();
    organisation.release(SUBJECT, released);
    Vault participant =
        Vault.builder()
            .store(store)
            .clock(CLOCK)
            .signingKey(ORGANISATION)
            .releasedKeySlots(released)
            .build();

    assertThatThrownBy(() -> participant.rewrap(SUBJECT, PARTICIPANT.rotate()))
        .isInstanceOf(WrongKeyException.class);
    assertThat(magic(slot(store, "a"))).isEqualTo("INZVKS02");
  }

  @Test
  void release_goldenFixture11_opensForTheParticipantAlone(@TempDir Path dir) throws IOException {
    Path golden = Path.of("src/test/resources/golden/v1.1");
    OrganisationPublicKey organisationKey =
        OrganisationPublicKey.read(golden.resolve("organisation-public.json"));
    Vault withShredKeys =
        Vault.builder()
            .store(BlobStores.fileSystem(golden.resolve("store")))
            .clock(CLOCK)
            .organisationKey(organisationKey)
            .shredKeys(
                ShredKeys.of(
                    BlobStores.fileSystem(golden.resolve("shred-keys")),
                    LocalKeyEncryptionKeys.readUnprotected(golden.resolve("kek.json"))))
            .build();
    BlobStore released = BlobStores.fileSystem(dir);
    assertThat(withShredKeys.release(GoldenFixtureWriter11.SUBJECT, released).objectIds())
        .containsExactly("after-rotation", "before-rotation");

    Vault participant =
        Vault.builder()
            .store(BlobStores.fileSystem(golden.resolve("store")))
            .clock(CLOCK)
            .organisationKey(organisationKey)
            .releasedKeySlots(released)
            .build();
    ParticipantPrivateKey key =
        ParticipantPrivateKey.readUnprotected(golden.resolve("participant-private.json"));
    assertThat(readAll(participant.open(GoldenFixtureWriter11.SUBJECT, "before-rotation", key)))
        .isEqualTo(GoldenFixtureWriter.hello());
    assertThat(readAll(participant.open(GoldenFixtureWriter11.SUBJECT, "after-rotation", key)))
        .isEqualTo(GoldenFixtureWriter.pattern());
  }
}
