package eu.inzage.crypto;

import static eu.inzage.crypto.GoldenFixtureWriter11.CREATED;
import static eu.inzage.crypto.GoldenFixtureWriter11.SUBJECT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What format 1.1 wrote still opens: rotated keys, shred layers, the organisation envelope. */
class GoldenFixtures11Test {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/v1.1");
  private static final Clock CLOCK = Clock.fixed(CREATED, ZoneOffset.UTC);

  private static Path golden(String file) {
    return GOLDEN.resolve(file);
  }

  private static LocalKeyEncryptionKeys kek() throws IOException {
    return LocalKeyEncryptionKeys.readUnprotected(golden("kek.json"));
  }

  @Test
  void open_layeredObjectsOfARotatedKey_withTheShredKeysAndTheNewKey() throws IOException {
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(GOLDEN.resolve("store")))
            .clock(CLOCK)
            .organisationKey(OrganisationPublicKey.read(golden("organisation-public.json")))
            .shredKeys(ShredKeys.of(BlobStores.fileSystem(GOLDEN.resolve("shred-keys")), kek()))
            .build();
    ParticipantPrivateKey key =
        ParticipantPrivateKey.readUnprotected(golden("participant-private.json"));
    assertThat(key.enabledKeys()).isEqualTo(1);
    ParticipantPublicKey publicKey = ParticipantPublicKey.read(golden("participant-public.json"));
    assertThat(publicKey.fingerprint()).isEqualTo(key.fingerprint());
    assertThat(publicKey.keyId()).isEqualTo(key.publicKey().keyId());
    assertThat(readAll(vault.open(SUBJECT, "before-rotation", key)))
        .isEqualTo(GoldenFixtureWriter.hello());
    assertThat(readAll(vault.open(SUBJECT, "after-rotation", key)))
        .isEqualTo(GoldenFixtureWriter.pattern());
    assertThat(vault.list(SUBJECT))
        .extracting(SealedObject::objectId, SealedObject::controller)
        .containsExactly(tuple("after-rotation", "zoom"), tuple("before-rotation", "tiktok"));
  }

  @Test
  void open_envelopeDocument_andTheIdCheckNote() throws IOException {
    OrganisationEnvelope envelope =
        OrganisationEnvelope.builder()
            .store(BlobStores.fileSystem(GOLDEN.resolve("envelope")))
            .keys(kek())
            .clock(CLOCK)
            .build();
    assertThat(readAll(envelope.open(SUBJECT, "mandate"))).isEqualTo(GoldenFixtureWriter.hello());
    assertThat(envelope.list(SUBJECT))
        .extracting(
            EnvelopedDocument::documentId, EnvelopedDocument::kind, EnvelopedDocument::deleteAfter)
        .containsExactly(
            tuple(
                "mandate",
                DocumentKind.SIGNED_MANDATE,
                CREATED.plus(GoldenFixtureWriter11.MANDATE_RETENTION)));
    assertThat(envelope.idChecks(SUBJECT))
        .containsExactly(new IdCheckNote(SUBJECT, "id-copy", CREATED));
  }
}
