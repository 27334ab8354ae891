package eu.inzage.crypto;

import static eu.inzage.crypto.GoldenFixtureWriter12.CREATED;
import static eu.inzage.crypto.GoldenFixtureWriter12.SUBJECT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What format 1.2 wrote still opens: the KEK key file, layered and released key slots. */
class GoldenFixtures12Test {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/v1.2");
  private static final Clock CLOCK = Clock.fixed(CREATED, ZoneOffset.UTC);

  private static Path golden(String file) {
    return GOLDEN.resolve(file);
  }

  private static Vault.Builder vault() throws IOException {
    return Vault.builder()
        .store(BlobStores.fileSystem(golden("store")))
        .clock(CLOCK)
        .organisationKey(OrganisationPublicKey.read(golden("organisation-public.json")));
  }

  @Test
  void open_withTheReleasedKeySlots_andWithTheShredKeys() throws IOException {
    ParticipantPrivateKey key =
        ParticipantPrivateKey.readUnprotected(golden("participant-private.json"));
    Vault participant = vault().releasedKeySlots(BlobStores.fileSystem(golden("released"))).build();
    Vault organisation =
        vault()
            .shredKeys(
                ShredKeys.of(
                    BlobStores.fileSystem(golden("shred-keys")),
                    LocalKeyEncryptionKeys.readUnprotected(golden("kek.json"))))
            .build();

    for (Vault vault : new Vault[] {participant, organisation}) {
      assertThat(readAll(vault.open(SUBJECT, "hello.txt", key)))
          .isEqualTo(GoldenFixtureWriter.hello());
      assertThat(readAll(vault.open(SUBJECT, "pattern.bin", key)))
          .isEqualTo(GoldenFixtureWriter.pattern());
    }
    assertThat(participant.list(SUBJECT))
        .extracting(SealedObject::objectId)
        .containsExactly("hello.txt", "pattern.bin");
    assertThatThrownBy(() -> vault().build().open(SUBJECT, "hello.txt", key))
        .isInstanceOf(WrongKeyException.class);
  }
}
