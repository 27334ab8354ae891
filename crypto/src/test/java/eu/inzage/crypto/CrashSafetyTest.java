package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.ORGANISATION;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InzageException;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM sealing a stream of several segments is killed ({@code kill -9}) at
 * random points spread over the write; no half object is ever listed or opened, {@link
 * Vault#recover()} removes the leftovers, and sealing again succeeds.
 */
class CrashSafetyTest {
  private static final String SUBJECT = "p-000123";
  private static final int SIZE = 2 * 1024 * 1024 + 12_345; // three segments
  private static final int KILLS = 12;

  @TempDir Path dir;
  private final java.util.Set<String> killedIn = new java.util.TreeSet<>();

  /** The deterministic content of an object, as a stream. */
  static InputStream content(int size, long seed) {
    return new java.io.ByteArrayInputStream(TestVaults.content(size, seed));
  }

  private static long seed(String objectId) {
    return objectId.hashCode();
  }

  /** Runs the child; kills it at marker {@code killAt} (1-based), or lets it finish (0). */
  private int runChild(String objectId, int killAt) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                TestVaults.childJvm(
                    List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                    CrashSealChild.class,
                    dir.resolve("store").toString(),
                    dir.resolve("organisation.json").toString(),
                    dir.resolve("public.json").toString(),
                    SUBJECT,
                    objectId,
                    Integer.toString(SIZE),
                    Long.toString(seed(objectId))))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int markers = 0;
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("done")) {
        markers++;
        if (markers == killAt) {
          killedIn.add(line.substring(line.indexOf(' ') + 1));
          process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
          break;
        }
        in.write("go\n");
        in.flush();
      }
    }
    process.waitFor();
    return markers;
  }

  /** The killed object opens whole if it is listed, and cannot be opened at all otherwise. */
  private void assertNoHalfObject(Vault vault, String killed) throws IOException {
    List<String> listed = vault.list(SUBJECT).stream().map(SealedObject::objectId).toList();
    if (listed.contains(killed)) {
      assertOpensWhole(vault, killed);
    } else {
      assertThatThrownBy(() -> readAll(vault.open(SUBJECT, killed, PARTICIPANT)))
          .isInstanceOf(InzageException.class);
    }
  }

  private static void assertOpensWhole(Vault vault, String objectId) throws IOException {
    assertThat(readAll(vault.open(SUBJECT, objectId, PARTICIPANT)))
        .as(objectId)
        .isEqualTo(readAll(content(SIZE, seed(objectId))));
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("."))
          .toList();
    }
  }

  @Test
  void seal_killedAtRandomPoints_leavesNoHalfObjectAndRecovers() throws Exception {
    ORGANISATION.writeUnprotected(dir.resolve("organisation.json"));
    PARTICIPANT.publicKey().write(dir.resolve("public.json"));
    BlobStore store = BlobStores.fileSystem(dir.resolve("store"));
    Vault vault = TestVaults.vault(store);

    int total = runChild("complete", 0);
    assertThat(vault.list(SUBJECT)).extracting(SealedObject::objectId).containsExactly("complete");
    assertThat(total).isGreaterThan(8);

    Random random = new Random(20260305);
    int kills = 0;
    for (int i = 0; i < KILLS; i++) {
      String objectId = "export-" + i;
      int killAt = 1 + Math.min(total - 1, (int) ((i + random.nextDouble()) * total / KILLS));
      int reached = runChild(objectId, killAt);
      assertThat(reached).as("child reached its kill point").isEqualTo(killAt);
      kills++;

      assertNoHalfObject(vault, objectId);
      vault.recover();
      assertThat(leftovers()).as("partial files after recovery").isEmpty();
      List<BlobName> parts =
          store.list(SUBJECT).stream().filter(n -> n.objectId().equals(objectId)).toList();
      assertThat(parts.size()).as("object %s is whole or gone", objectId).isIn(0, 3);
      if (parts.isEmpty()) {
        vault.seal(
            SUBJECT,
            objectId,
            content(SIZE, seed(objectId)),
            SealMetadata.of(PARTICIPANT.publicKey()));
      }
      assertOpensWhole(vault, objectId);
    }
    assertThat(kills).isGreaterThanOrEqualTo(10);
    assertThat(killedIn)
        .as("kill points spread over the write")
        .contains("data", "keyslot", "manifest");
    assertThat(vault.list(SUBJECT)).hasSize(KILLS + 1);
    assertOpensWhole(vault, "complete");
  }
}
