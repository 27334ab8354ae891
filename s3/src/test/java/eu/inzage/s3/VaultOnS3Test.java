package eu.inzage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.crypto.Erasure;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vault sealing into and opening from S3, end to end, on a real S3-compatible server. */
class VaultOnS3Test {
  @RegisterExtension static final LocalS3 S3 = new LocalS3();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-05T10:15:30Z"), ZoneOffset.UTC);
  private static final OrganisationSigningKey ORGANISATION = OrganisationSigningKey.generate();
  private static final ParticipantPrivateKey PARTICIPANT = ParticipantPrivateKey.generate();

  private S3BlobStore store;
  private Vault vault;

  @BeforeEach
  void newVault() {
    store = S3.newStore();
    vault = Vault.builder().store(store).clock(CLOCK).signingKey(ORGANISATION).build();
  }

  private static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private SealedObject seal(String objectId, byte[] content) throws IOException {
    return vault.seal(
        "p-000123",
        objectId,
        new ByteArrayInputStream(content),
        new SealMetadata(PARTICIPANT.publicKey(), "application/zip", "tiktok"));
  }

  @Test
  void sealAndOpen_exportLargerThanAPart_roundTripsThroughS3() throws IOException {
    byte[] export = content(12 * 1024 * 1024 + 3, 1);
    SealedObject sealed = seal("tiktok-2025", export);

    assertThat(sealed.plaintextSize()).isEqualTo(export.length);
    assertThat(store.list("p-000123"))
        .containsExactly(
            new BlobName("p-000123", "tiktok-2025", BlobKind.DATA),
            new BlobName("p-000123", "tiktok-2025", BlobKind.KEY_SLOT),
            new BlobName("p-000123", "tiktok-2025", BlobKind.MANIFEST));
    assertThat(S3.pendingUploads(store.keyPrefix())).isEmpty();
    try (InputStream in = vault.open("p-000123", "tiktok-2025", PARTICIPANT)) {
      assertThat(in.readAllBytes()).isEqualTo(export);
    }
    assertThat(vault.list("p-000123"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.objectId()).isEqualTo("tiktok-2025");
              assertThat(o.controller()).isEqualTo("tiktok");
            });
  }

  @Test
  void seal_sameObjectTwice_secondIsRefusedByTheConditionalWrite() throws IOException {
    seal("tiktok-2025", content(1000, 2));
    assertThatThrownBy(() -> seal("tiktok-2025", content(1000, 3)))
        .isInstanceOf(AlreadyExistsException.class);
    try (InputStream in = vault.open("p-000123", "tiktok-2025", PARTICIPANT)) {
      assertThat(in.readAllBytes()).isEqualTo(content(1000, 2));
    }
  }

  @Test
  void shred_subject_leavesNothingInTheBucket() throws IOException {
    seal("tiktok-2025", content(1000, 4));
    seal("meta-2025", content(2000, 5));

    Erasure erasure = vault.shred("p-000123");

    assertThat(erasure.objects()).containsExactlyInAnyOrder("tiktok-2025", "meta-2025");
    assertThat(S3.keys(store.keyPrefix())).isEmpty();
    assertThat(store.subjects()).isEmpty();
    assertThat(vault.recover().partialBlobs()).isZero();
  }
}
