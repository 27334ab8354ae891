package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.OTHER_PARTICIPANT;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every region of a sealed object flipped, truncated and extended, and parts swapped between
 * objects and subjects: each must fail with {@link VaultIntegrityException} and leave no plaintext
 * file behind.
 */
class TamperMatrixTest {
  private static final String S1 = "p-000123";
  private static final String S2 = "p-000456";
  private static final String A = "tiktok-export.zip";
  private static final String B = "zoom-export.zip";
  private static final int SEGMENT = 1 << 20;
  // four segments: the first (with the header), two full ones, and a short last one
  private static final byte[] PLAIN = content(3 * SEGMENT + 100, 42);

  /** The pristine blobs: S1/A, S1/B, S2/A (all to PARTICIPANT), S1/old (an earlier sealing). */
  private static Map<BlobName, byte[]> pristine;

  private static Map<BlobName, byte[]> resealedA;

  @TempDir Path dir;

  @BeforeAll
  static void sealObjects() throws IOException {
    BlobStore store = BlobStores.inMemory();
    Vault vault = TestVaults.vault(store);
    seal(vault, S1, A, PLAIN);
    seal(vault, S1, B, content(5000, 7));
    seal(vault, S2, A, content(5000, 8));
    pristine = snapshot(store, S1, S2);
    BlobStore again = BlobStores.inMemory();
    seal(TestVaults.vault(again), S1, A, PLAIN);
    resealedA = snapshot(again, S1);
  }

  private static void seal(Vault vault, String subject, String object, byte[] bytes)
      throws IOException {
    vault.seal(
        subject,
        object,
        new ByteArrayInputStream(bytes),
        new SealMetadata(PARTICIPANT.publicKey(), "application/zip", "tiktok"));
  }

  private static Map<BlobName, byte[]> snapshot(BlobStore store, String... subjects)
      throws IOException {
    Map<BlobName, byte[]> blobs = new HashMap<>();
    for (String subject : subjects) {
      for (BlobName name : store.list(subject)) {
        blobs.put(name, readAll(store.open(name).orElseThrow()));
      }
    }
    return blobs;
  }

  private static BlobName n(String subject, String object, BlobKind kind) {
    return new BlobName(subject, object, kind);
  }

  private static final BlobName DATA = n(S1, A, BlobKind.DATA);
  private static final BlobName SLOT = n(S1, A, BlobKind.KEY_SLOT);
  private static final BlobName MANIFEST = n(S1, A, BlobKind.MANIFEST);

  private static Arguments tamper(String name, Consumer<Map<BlobName, byte[]>> mutation) {
    return Arguments.of(name, mutation);
  }

  private static Consumer<Map<BlobName, byte[]>> flip(BlobName blob, int offsetFromStart) {
    return m -> {
      byte[] bytes = m.get(blob).clone();
      int at = offsetFromStart >= 0 ? offsetFromStart : bytes.length + offsetFromStart;
      bytes[at] ^= 0x01;
      m.put(blob, bytes);
    };
  }

  private static Consumer<Map<BlobName, byte[]>> truncate(BlobName blob, int newLengthOrMinus) {
    return m -> {
      byte[] bytes = m.get(blob);
      int length = newLengthOrMinus >= 0 ? newLengthOrMinus : bytes.length + newLengthOrMinus;
      m.put(blob, Arrays.copyOf(bytes, length));
    };
  }

  private static Consumer<Map<BlobName, byte[]>> extend(BlobName blob, byte[] extra) {
    return m -> {
      byte[] bytes = m.get(blob);
      byte[] longer = Arrays.copyOf(bytes, bytes.length + extra.length);
      System.arraycopy(extra, 0, longer, bytes.length, extra.length);
      m.put(blob, longer);
    };
  }

  private static Consumer<Map<BlobName, byte[]>> replace(BlobName target, BlobName source) {
    return m -> m.put(target, m.get(source));
  }

  private static Consumer<Map<BlobName, byte[]>> fromResealed(BlobKind kind) {
    return m -> m.put(n(S1, A, kind), resealedA.get(n(S1, A, kind)));
  }

  private static Consumer<Map<BlobName, byte[]>> delete(BlobName blob) {
    return m -> m.remove(blob);
  }

  static Stream<Arguments> tampering() {
    List<Arguments> cases = new ArrayList<>();
    int dataLength = pristine.get(DATA).length;
    // the data blob: header (length byte, salt, nonce prefix), segments, final tag
    cases.add(tamper("data header length byte", flip(DATA, 0)));
    cases.add(tamper("data header salt", flip(DATA, 10)));
    cases.add(tamper("data header nonce prefix", flip(DATA, 36)));
    cases.add(tamper("data first segment", flip(DATA, 1000)));
    cases.add(tamper("data first segment tag", flip(DATA, SEGMENT - 1)));
    cases.add(tamper("data middle segment", flip(DATA, SEGMENT + SEGMENT / 2)));
    cases.add(tamper("data last segment", flip(DATA, -50)));
    cases.add(tamper("data last byte", flip(DATA, -1)));
    cases.add(tamper("data truncated by one byte", truncate(DATA, -1)));
    cases.add(tamper("data truncated by a tag", truncate(DATA, -16)));
    cases.add(tamper("data truncated at a segment boundary", truncate(DATA, 3 * SEGMENT)));
    cases.add(tamper("data truncated to the header", truncate(DATA, 40)));
    cases.add(tamper("data truncated to nothing", truncate(DATA, 0)));
    cases.add(tamper("data extended by one byte", extend(DATA, new byte[1])));
    cases.add(
        tamper(
            "data extended by a replayed segment",
            m ->
                extend(DATA, Arrays.copyOfRange(m.get(DATA), SEGMENT, 2 * SEGMENT - 1)).accept(m)));
    cases.add(
        tamper(
            "data segments reordered",
            m -> {
              byte[] bytes = m.get(DATA).clone();
              byte[] second = Arrays.copyOfRange(bytes, SEGMENT, 2 * SEGMENT);
              System.arraycopy(bytes, 2 * SEGMENT, bytes, SEGMENT, SEGMENT);
              System.arraycopy(second, 0, bytes, 2 * SEGMENT, SEGMENT);
              m.put(DATA, bytes);
            }));
    assertThat(dataLength).isGreaterThan(3 * SEGMENT);
    // the manifest: magic, body length, every field's tag, length and value, the signature
    byte[] manifest = pristine.get(MANIFEST);
    cases.add(tamper("manifest magic", flip(MANIFEST, 0)));
    cases.add(tamper("manifest body length", flip(MANIFEST, 11)));
    int at = 12;
    int bodyEnd = 12 + ByteBuffer.wrap(manifest, 8, 4).getInt();
    int field = 0;
    while (at < bodyEnd) {
      field++;
      int length = ByteBuffer.wrap(manifest, at + 1, 4).getInt();
      cases.add(tamper("manifest field " + field + " tag", flip(MANIFEST, at)));
      cases.add(tamper("manifest field " + field + " length", flip(MANIFEST, at + 4)));
      if (length > 0) {
        cases.add(tamper("manifest field " + field + " first byte", flip(MANIFEST, at + 5)));
        cases.add(
            tamper("manifest field " + field + " last byte", flip(MANIFEST, at + 4 + length)));
      }
      at += 5 + length;
    }
    assertThat(field).isEqualTo(13);
    cases.add(tamper("manifest signature length", flip(MANIFEST, bodyEnd + 1)));
    cases.add(tamper("manifest signature key id", flip(MANIFEST, bodyEnd + 3)));
    cases.add(tamper("manifest signature", flip(MANIFEST, -10)));
    cases.add(tamper("manifest truncated by one byte", truncate(MANIFEST, -1)));
    cases.add(tamper("manifest truncated to its body", truncate(MANIFEST, bodyEnd)));
    cases.add(tamper("manifest extended by one byte", extend(MANIFEST, new byte[1])));
    // the key slot: magic, count, key id, fingerprint, wrapped key (prefix, encapsulation, tag)
    byte[] slot = pristine.get(SLOT);
    cases.add(tamper("key slot magic", flip(SLOT, 0)));
    cases.add(tamper("key slot entry count", flip(SLOT, 8)));
    cases.add(tamper("key slot key id", flip(SLOT, 12)));
    cases.add(tamper("key slot fingerprint", flip(SLOT, 20)));
    cases.add(tamper("key slot wrapped length", flip(SLOT, 46)));
    cases.add(tamper("key slot wrapped prefix", flip(SLOT, 48)));
    cases.add(tamper("key slot encapsulated key", flip(SLOT, 60)));
    cases.add(tamper("key slot wrapped ciphertext", flip(SLOT, -20)));
    cases.add(tamper("key slot wrapped tag", flip(SLOT, -1)));
    cases.add(tamper("key slot truncated", truncate(SLOT, -1)));
    cases.add(tamper("key slot extended", extend(SLOT, new byte[1])));
    assertThat(slot.length).isEqualTo(8 + 1 + 4 + 32 + 2 + 85);
    // swaps between objects, subjects and sealings, and missing parts
    cases.add(tamper("data from another object", replace(DATA, n(S1, B, BlobKind.DATA))));
    cases.add(tamper("key slot from another object", replace(SLOT, n(S1, B, BlobKind.KEY_SLOT))));
    cases.add(
        tamper("manifest from another object", replace(MANIFEST, n(S1, B, BlobKind.MANIFEST))));
    cases.add(
        tamper(
            "whole object from another subject",
            m -> {
              for (BlobKind kind : List.of(BlobKind.DATA, BlobKind.KEY_SLOT, BlobKind.MANIFEST)) {
                m.put(n(S1, A, kind), m.get(n(S2, A, kind)));
              }
            }));
    cases.add(
        tamper(
            "data and key slot from another subject",
            m -> {
              m.put(DATA, m.get(n(S2, A, BlobKind.DATA)));
              m.put(SLOT, m.get(n(S2, A, BlobKind.KEY_SLOT)));
            }));
    cases.add(tamper("data from an earlier sealing", fromResealed(BlobKind.DATA)));
    cases.add(tamper("key slot from an earlier sealing", fromResealed(BlobKind.KEY_SLOT)));
    cases.add(
        tamper(
            "data and key slot from an earlier sealing",
            m -> {
              fromResealed(BlobKind.DATA).accept(m);
              fromResealed(BlobKind.KEY_SLOT).accept(m);
            }));
    cases.add(tamper("data missing", delete(DATA)));
    cases.add(tamper("key slot missing", delete(SLOT)));
    cases.add(tamper("manifest missing", delete(MANIFEST)));
    return cases.stream();
  }

  private static BlobStore storeWith(Map<BlobName, byte[]> blobs) {
    BlobStore store = BlobStores.inMemory();
    blobs.forEach(
        (name, bytes) -> {
          try (BlobWriter writer = store.create(name)) {
            writer.write(bytes);
            writer.commit();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return store;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampering")
  void openTo_tampered_failsWithIntegrityErrorAndLeavesNoFile(
      String region, Consumer<Map<BlobName, byte[]>> mutation) throws IOException {
    Map<BlobName, byte[]> blobs = new HashMap<>(pristine);
    mutation.accept(blobs);
    // the in-memory store lends its arrays to the decryption; a store with only open() is read
    // through the stream fallback of BlobStore.openReader
    for (BlobStore store : List.of(storeWith(blobs), new ForwardingBlobStore(storeWith(blobs)))) {
      Vault vault = TestVaults.vault(store);
      Path target = dir.resolve("out.zip");
      assertThatThrownBy(() -> vault.openTo(S1, A, PARTICIPANT, target))
          .as(region)
          .isInstanceOf(VaultIntegrityException.class)
          .hasMessageContaining(A);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).as(region).isEmpty();
      }
      assertThatThrownBy(() -> readAll(vault.open(S1, A, PARTICIPANT)))
          .as(region)
          .isInstanceOf(VaultIntegrityException.class);
    }
  }

  @Test
  void openTo_pristine_opens() throws IOException {
    Vault vault = TestVaults.vault(storeWith(pristine));
    Path target = dir.resolve("out.zip");
    vault.openTo(S1, A, PARTICIPANT, target);
    assertThat(Files.readAllBytes(target)).isEqualTo(PLAIN);
  }

  @Test
  void openTo_wrongKey_failsAndLeavesNoFile() throws IOException {
    Vault vault = TestVaults.vault(storeWith(pristine));
    assertThatThrownBy(() -> vault.openTo(S1, A, OTHER_PARTICIPANT, dir.resolve("out.zip")))
        .isInstanceOf(WrongKeyException.class);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void list_tamperedManifest_isIntegrityFailure() {
    Map<BlobName, byte[]> blobs = new HashMap<>(pristine);
    flip(MANIFEST, -3).accept(blobs);
    Vault vault = TestVaults.vault(storeWith(blobs));
    assertThatThrownBy(() -> vault.list(S1)).isInstanceOf(VaultIntegrityException.class);
  }
}
