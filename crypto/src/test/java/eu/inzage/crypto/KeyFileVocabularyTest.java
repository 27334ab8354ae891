package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.FAST_ARGON2;
import static eu.inzage.crypto.TestVaults.ORGANISATION;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key type speaks the same vocabulary: {@code write(Path)} creates a new owner-only file and
 * never replaces one, {@code read(Path)} and {@code read(InputStream)} give back the same key.
 */
class KeyFileVocabularyTest {
  private static final char[] PASS = "key file passphrase".toCharArray();
  private static final PassphraseProtection PROTECTION = PARTICIPANT.protect(PASS, FAST_ARGON2);
  private static final LocalKeyEncryptionKeys KEK = LocalKeyEncryptionKeys.generate();

  @TempDir Path dir;

  /** Writes a key to a path. */
  @FunctionalInterface
  interface PathWriter {
    void write(Path file) throws IOException;
  }

  /** Reads a key back from a path or a stream and names it by something comparable. */
  @FunctionalInterface
  interface Reader {
    String read(Path file) throws IOException;
  }

  /** Reads a key from a stream. */
  @FunctionalInterface
  interface StreamReader {
    String read(InputStream in) throws IOException;
  }

  static Stream<Arguments> keyTypes() {
    return Stream.of(
        Arguments.of(
            "participant public key",
            (PathWriter) PARTICIPANT.publicKey()::write,
            (Reader) f -> ParticipantPublicKey.read(f).fingerprint(),
            (StreamReader) in -> ParticipantPublicKey.read(in).fingerprint(),
            PARTICIPANT.fingerprint()),
        Arguments.of(
            "participant private key, unprotected",
            (PathWriter) PARTICIPANT::writeUnprotected,
            (Reader) f -> ParticipantPrivateKey.readUnprotected(f).fingerprint(),
            (StreamReader) in -> ParticipantPrivateKey.readUnprotected(in).fingerprint(),
            PARTICIPANT.fingerprint()),
        Arguments.of(
            "participant private key, protected",
            (PathWriter) PROTECTION.protectedKey()::write,
            (Reader) f -> ParticipantPrivateKey.read(f, PASS).fingerprint(),
            (StreamReader) in -> ProtectedPrivateKey.read(in).unlock(PASS).fingerprint(),
            PARTICIPANT.fingerprint()),
        Arguments.of(
            "organisation signing key, protected",
            (PathWriter) f -> ORGANISATION.write(f, PASS, FAST_ARGON2),
            (Reader) f -> OrganisationSigningKey.read(f, PASS).publicKey().fingerprint(),
            (StreamReader) in -> OrganisationSigningKey.read(in, PASS).publicKey().fingerprint(),
            ORGANISATION.publicKey().fingerprint()),
        Arguments.of(
            "organisation signing key, unprotected",
            (PathWriter) ORGANISATION::writeUnprotected,
            (Reader) f -> OrganisationSigningKey.readUnprotected(f).publicKey().fingerprint(),
            (StreamReader)
                in -> OrganisationSigningKey.readUnprotected(in).publicKey().fingerprint(),
            ORGANISATION.publicKey().fingerprint()),
        Arguments.of(
            "organisation public key",
            (PathWriter) ORGANISATION.publicKey()::write,
            (Reader) f -> OrganisationPublicKey.read(f).fingerprint(),
            (StreamReader) in -> OrganisationPublicKey.read(in).fingerprint(),
            ORGANISATION.publicKey().fingerprint()),
        Arguments.of(
            "key-encryption keys, unprotected",
            (PathWriter) KEK::writeUnprotected,
            (Reader) f -> LocalKeyEncryptionKeys.readUnprotected(f).toString(),
            (StreamReader) in -> LocalKeyEncryptionKeys.readUnprotected(in).toString(),
            KEK.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyTypes")
  void writePath_newFile_isOwnerOnlyAndReadsBack(
      String type, PathWriter writer, Reader reader, StreamReader streamReader, String expected)
      throws IOException {
    Path file = dir.resolve("key.json");
    writer.write(file);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(type)
          .isEqualTo("rw-------");
    }
    assertThat(reader.read(file)).as(type).isEqualTo(expected);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(streamReader.read(in)).as(type).isEqualTo(expected);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("key.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyTypes")
  void writePath_existingFile_isRefusedAndKept(
      String type, PathWriter writer, Reader reader, StreamReader streamReader, String expected)
      throws IOException {
    Path file = Files.writeString(dir.resolve("key.json"), "keep me");
    assertThatThrownBy(() -> writer.write(file))
        .as(type)
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageNotContaining(dir.toString());
    assertThat(Files.readString(file)).isEqualTo("keep me");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("key.json");
    }
  }
}
