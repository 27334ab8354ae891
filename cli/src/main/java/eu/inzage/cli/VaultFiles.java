package eu.inzage.cli;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.OrganisationSigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the key and vault subcommands share: reading key files (naming the option in any error) and
 * secrets from the environment, and the organisation's signing key kept in the vault directory. Key
 * files are written by the library's own {@code write} methods: new, owner-only, never replacing a
 * file.
 */
final class VaultFiles {
  /** The organisation's signing key inside a vault directory (created on the first seal). */
  static final String SIGNING_KEY = "organisation-signing-key.json";

  /** The organisation's public key inside a vault directory, to verify and to pin. */
  static final String PUBLIC_KEY = "organisation-public-key.json";

  /**
   * Argon2id cost for new protected keys, as {@code memoryKiB,iterations,parallelism}; the default
   * is {@link Argon2Parameters#DEFAULT}. A system property, not an option, so that the command line
   * stays as {@code docs/architecture.md#the-inzage-command} lists it; tests lower it.
   */
  static final String ARGON2_PROPERTY = "inzage.vault.argon2";

  /** Inputs from this size on are worth warming AES-GCM up for first (see Vault#warmUp). */
  static final long WARM_UP_FROM_BYTES = 32L * 1024 * 1024;

  /** The longest the command waits for the warm-up. */
  static final java.time.Duration WARM_UP_BUDGET = java.time.Duration.ofSeconds(2);

  /** Warms AES-GCM up when a stream of {@code bytes} is about to be sealed or opened. */
  static void warmUpFor(long bytes) {
    if (bytes >= WARM_UP_FROM_BYTES) {
      eu.inzage.crypto.Vault.warmUp(WARM_UP_BUDGET);
    }
  }

  private VaultFiles() {}

  static Argon2Parameters argon2() {
    String value = System.getProperty(ARGON2_PROPERTY);
    if (value == null || value.isBlank()) {
      return Argon2Parameters.DEFAULT;
    }
    String[] parts = value.split(",", -1);
    try {
      return new Argon2Parameters(
          Integer.parseInt(parts[0].strip()),
          Integer.parseInt(parts[1].strip()),
          Integer.parseInt(parts[2].strip()));
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new InvalidInputException(
          ARGON2_PROPERTY,
          ViolationCode.INVALID_VALUE,
          "expected memoryKiB,iterations,parallelism");
    }
  }

  /** The secret in the environment variable named by {@code --passphrase-env}. */
  static char[] secret(Cli cli, String variable) {
    String value = cli.env(variable);
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException(
          "--passphrase-env", ViolationCode.REQUIRED, "environment variable is not set or empty");
    }
    return value.toCharArray();
  }

  /** Reads a key from a stream. */
  @FunctionalInterface
  interface KeyReader<T> {
    /** The key in the stream. */
    T read(InputStream in) throws IOException;
  }

  /** Parses a key. */
  @FunctionalInterface
  interface KeyParser<T> {
    /** The key. */
    T parse() throws IOException;
  }

  /**
   * Reads a key file, naming the option in any error: the key classes name the JSON field, the
   * message here adds the option it came from.
   */
  static <T> T readKey(Cli cli, String option, Path file, KeyReader<T> reader) throws IOException {
    try (InputStream in = cli.open(option, file)) {
      return named(option, () -> reader.read(in));
    }
  }

  /** Parses a key, naming the option in any error about its file. */
  static <T> T named(String option, KeyParser<T> parser) throws IOException {
    try {
      return parser.parse();
    } catch (InvalidInputException e) {
      if (e.violations().get(0).field().equals("passphrase")) {
        throw new InvalidInputException(
            "--passphrase-env", ViolationCode.REQUIRED, "the private key is protected");
      }
      throw new InvalidInputException(
          option, e.violations().get(0).code(), "not a usable key file (" + e.getMessage() + ")");
    }
  }

  /** The bytes of a key file named by an option (to look at it before choosing its reader). */
  static byte[] readBytes(Cli cli, String option, Path file) throws IOException {
    try (InputStream in = cli.open(option, file)) {
      return in.readNBytes(1 << 20);
    }
  }

  /** A directory named by an option that must already exist. */
  static Path existingDirectory(String option, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(option, ViolationCode.REQUIRED, "no such directory");
    }
    return dir;
  }

  /** A vault directory that must already exist. */
  static Path existingStore(Path store) {
    if (!Files.isDirectory(store)) {
      throw new InvalidInputException("--store", ViolationCode.REQUIRED, "no such vault directory");
    }
    return store;
  }

  /**
   * The vault directory's signing key, created (with its public key) on first use. Both files are
   * written by the library: new and owner-only; a concurrent first seal that wrote them first wins.
   */
  static OrganisationSigningKey signingKey(Path store) throws IOException {
    Path file = store.resolve(SIGNING_KEY);
    if (!Files.exists(file)) {
      Files.createDirectories(store);
      OrganisationSigningKey fresh = OrganisationSigningKey.generate();
      try {
        fresh.writeUnprotected(file);
        writePublicKey(store, fresh);
        return fresh;
      } catch (FileAlreadyExistsException e) {
        // another process created it first: use theirs
      }
    }
    OrganisationSigningKey key;
    try {
      key = OrganisationSigningKey.readUnprotected(file);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--store", ViolationCode.INVALID_VALUE, "the vault's organisation key file is damaged");
    }
    if (!Files.exists(store.resolve(PUBLIC_KEY))) {
      writePublicKey(store, key);
    }
    return key;
  }

  private static void writePublicKey(Path store, OrganisationSigningKey key) throws IOException {
    Path file = store.resolve(PUBLIC_KEY);
    try {
      key.publicKey().write(file);
    } catch (FileAlreadyExistsException e) {
      // written by a concurrent first seal, or left from before: it must be this key's
      if (!OrganisationPublicKey.read(file).fingerprint().equals(key.publicKey().fingerprint())) {
        throw new InvalidInputException(
            "--store",
            ViolationCode.INVALID_VALUE,
            "the vault's organisation public key does not match its signing key");
      }
    }
  }

  /** The organisation key to verify with: the pinned one, or the vault directory's own. */
  static OrganisationPublicKey verificationKey(Cli cli, Path store, Path pinned)
      throws IOException {
    if (pinned != null) {
      return readKey(cli, "--organisation-key", pinned, OrganisationPublicKey::read);
    }
    Path file = store.resolve(PUBLIC_KEY);
    if (!Files.exists(file)) {
      throw new InvalidInputException(
          "--store", ViolationCode.INVALID_VALUE, "not a vault directory (no organisation key)");
    }
    return readKey(cli, "--store", file, OrganisationPublicKey::read);
  }
}
