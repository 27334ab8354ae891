package eu.inzage.crypto.independent;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tampered copies of a golden object are refused by both readers: the {@link IndependentReader}
 * written from crypto/FORMAT.md alone and the library. Every single bit flip (the lowest bit of
 * each byte), every truncation and a one-byte extension of the object's data blob, key slot and
 * manifest; a case one reader accepts would show that the spec and the code disagree on what is
 * checked.
 */
class IndependentTamperTest {
  private static final Path V1 = Path.of("src/test/resources/golden/v1");
  private static final String SUBJECT = "p-000123";
  private static final String OBJECT = "hello.txt";

  @TempDir Path dir;
  private Path store;
  private Map<Long, byte[]> organisation;
  private List<IndependentReader.HpkeKey> keys;
  private Vault vault;
  private ParticipantPrivateKey key;

  @BeforeEach
  void copyTheGoldenStore() throws Exception {
    store = dir.resolve("store");
    try (Stream<Path> files = Files.walk(V1.resolve("store"))) {
      for (Path from : files.toList()) {
        Path to = store.resolve(V1.resolve("store").relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    organisation = IndependentReader.organisationKeys(V1.resolve("organisation-public.json"));
    keys = IndependentReader.participantKeys(V1.resolve("participant-private.json"), null);
    vault =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(Clock.systemUTC())
            .organisationKey(OrganisationPublicKey.read(V1.resolve("organisation-public.json")))
            .build();
    key = ParticipantPrivateKey.readUnprotected(V1.resolve("participant-private.json"));
  }

  private Path blob(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      return files
          .filter(p -> p.getFileName().toString().equals(OBJECT + "." + suffix))
          .findFirst()
          .orElseThrow();
    }
  }

  /** What each reader makes of the store as it is: the plaintext, or null when it refuses. */
  private byte[][] readBoth() {
    byte[] independent;
    try {
      independent = IndependentReader.open(store, SUBJECT, OBJECT, organisation, keys, null, null);
    } catch (Exception e) {
      independent = null;
    }
    byte[] library;
    try (InputStream in = vault.open(SUBJECT, OBJECT, key)) {
      library = in.readAllBytes();
    } catch (Exception e) {
      library = null;
    }
    return new byte[][] {independent, library};
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"data", "keyslot", "manifest"})
  void everyFlipTruncationAndExtension_isRefusedByBothReaders(String suffix) throws Exception {
    byte[][] pristine = readBoth();
    assertThat(pristine[0]).as("pristine, independent reader").isNotNull();
    assertThat(pristine[1]).as("pristine, library").isEqualTo(pristine[0]);
    Path file = blob(suffix);
    byte[] original = Files.readAllBytes(file);
    List<byte[]> variants = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < original.length; i++) {
      byte[] flipped = original.clone();
      flipped[i] ^= 1;
      variants.add(flipped);
      names.add("flip at " + i);
      variants.add(Arrays.copyOf(original, i));
      names.add("truncated to " + i);
    }
    variants.add(Arrays.copyOf(original, original.length + 1));
    names.add("extended by a zero byte");

    List<String> accepted = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      Files.write(file, variants.get(v));
      byte[][] read = readBoth();
      if (read[0] != null) {
        accepted.add(names.get(v) + " (independent reader)");
      }
      if (read[1] != null) {
        accepted.add(names.get(v) + " (library)");
      }
    }
    Files.write(file, original);

    assertThat(variants).hasSize(2 * original.length + 1);
    assertThat(accepted).as(suffix).isEmpty();
    assertThat(readBoth()[1]).isEqualTo(pristine[0]);
  }
}
