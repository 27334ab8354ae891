package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/** Keys, clocks and content shared by the vault tests (generated once per test JVM). */
final class TestVaults {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T10:15:30Z"), ZoneOffset.UTC);
  static final OrganisationSigningKey ORGANISATION = OrganisationSigningKey.generate();
  static final ParticipantPrivateKey PARTICIPANT = ParticipantPrivateKey.generate();
  static final ParticipantPrivateKey OTHER_PARTICIPANT = ParticipantPrivateKey.generate();

  /** Cheap Argon2id for tests that are not about Argon2id's cost. */
  static final Argon2Parameters FAST_ARGON2 = new Argon2Parameters(64, 1, 1);

  private TestVaults() {}

  static Vault vault(BlobStore store) {
    return Vault.builder().store(store).clock(CLOCK).signingKey(ORGANISATION).build();
  }

  static Vault vault(BlobStore store, ShredKeys shredKeys) {
    return Vault.builder()
        .store(store)
        .clock(CLOCK)
        .signingKey(ORGANISATION)
        .shredKeys(shredKeys)
        .build();
  }

  /** The command line of a child JVM on this test class path: JVM options, then main and args. */
  static java.util.List<String> childJvm(
      java.util.List<String> jvmOptions, Class<?> main, String... args) {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(java.util.List.of(args));
    return command;
  }

  static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Something that writes a key file to a stream. */
  @FunctionalInterface
  interface KeyWriter {
    void write(java.io.OutputStream out) throws IOException;
  }

  /** The key file a writer produces, as text. */
  static String json(KeyWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A stream over a key file's text. */
  static InputStream stream(String json) {
    return new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
