package eu.inzage.cli;

import com.google.crypto.tink.KmsClient;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.LocalKmsClient;
import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.VaultIntegrityException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the key and vault subcommands share: reading key files (naming the option in any error) and
 * secrets from the environment, the organisation's signing key (outside every store) and its public
 * key (also in the store). Key files are written by the library's own {@code write} methods: new,
 * owner-only, never replacing a file.
 */
final class VaultFiles {
  /**
   * The organisation's signing key as {@code keys organisation} writes it, in a directory outside
   * every store.
   */
  static final String SIGNING_KEY = "organisation-signing-key.json";

  /**
   * The organisation's public key: beside the signing key, and in every vault directory sealed with
   * it (where it is not trusted unless pinned).
   */
  static final String PUBLIC_KEY = "organisation-public-key.json";

  /** The largest key file read, as the library's key readers (1 MiB). */
  static final int KEY_FILE_MAX_BYTES = 1 << 20;

  /**
   * Argon2id cost for new protected keys, as {@code memoryKiB,iterations,parallelism}; the default
   * is {@link Argon2Parameters#DEFAULT}. A system property, not an option, so that the command line
   * stays as {@code docs/architecture.md#the-inzage-command} lists it; tests lower it.
   */
  static final String ARGON2_PROPERTY = "inzage.vault.argon2";

  /** Inputs from this size on are worth warming AES-GCM up for first (see Vault#warmUp). */
  static final long WARM_UP_FROM_BYTES = 32L * 1024 * 1024;

  /**
   * A vault over the file-system store in {@code store} that seals with the organisation's key; the
   * store receives the key's public half (never the private key).
   */
  static eu.inzage.crypto.Vault sealingVault(
      Cli cli, Path store, OrganisationSigningKey organisation, long maxSize) throws IOException {
    eu.inzage.crypto.Vault vault =
        eu.inzage.crypto.Vault.builder()
            .store(eu.inzage.crypto.blob.BlobStores.fileSystem(store))
            .clock(cli.clock())
            .signingKey(organisation)
            .maxObjectSize(maxSize)
            .build();
    storePublicKey(store, organisation.publicKey());
    return vault;
  }

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
    return secret(cli, "--passphrase-env", variable);
  }

  /** The secret in the environment variable named by {@code option}. */
  static char[] secret(Cli cli, String option, String variable) {
    String value = cli.env(variable);
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException(
          option, ViolationCode.REQUIRED, "environment variable is not set or empty");
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
    try (InputStream in = openKeyFile(cli, option, file)) {
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
    try (InputStream in = openKeyFile(cli, option, file)) {
      byte[] bytes = in.readNBytes(KEY_FILE_MAX_BYTES + 1);
      if (bytes.length > KEY_FILE_MAX_BYTES) {
        throw new InvalidInputException(
            option, ViolationCode.TOO_LONG, "not a key file (too large)");
      }
      return bytes;
    }
  }

  /** A directory named by an option that must already exist. */
  static Path existingDirectory(String option, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(option, ViolationCode.REQUIRED, "no such directory");
    }
    return dir;
  }

  /**
   * Opens a key file: a regular file only (a FIFO would block, a device never end); the key readers
   * read at most {@link #KEY_FILE_MAX_BYTES} of it.
   */
  private static InputStream openKeyFile(Cli cli, String option, Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InvalidInputException(option, ViolationCode.INVALID_VALUE, "not a regular file");
    }
    return cli.open(option, file);
  }

  /** A vault directory that must already exist. */
  static Path existingStore(Path store) {
    if (!Files.isDirectory(store)) {
      throw new InvalidInputException("--store", ViolationCode.REQUIRED, "no such vault directory");
    }
    return store;
  }

  /**
   * The organisation's signing key from {@code --signing-key}, a file kept outside every store:
   * unprotected, or protected with the passphrase in the variable named by {@code
   * --signing-passphrase-env}. A file inside the store is refused, since a store never holds a
   * private key (GDPR Art. 32(1)(b)).
   */
  static OrganisationSigningKey signingKey(Cli cli, Path file, String passphraseEnv, Path store)
      throws IOException {
    if (Files.exists(file) && Files.isDirectory(store)) {
      Path real = file.toRealPath();
      if (real.startsWith(store.toRealPath())) {
        throw new InvalidInputException(
            "--signing-key",
            ViolationCode.INVALID_VALUE,
            "lies inside the vault directory; keep the signing key outside every store");
      }
    }
    byte[] bytes = readBytes(cli, "--signing-key", file);
    if (passphraseEnv == null) {
      InvalidInputException refused;
      try {
        return OrganisationSigningKey.readUnprotected(new ByteArrayInputStream(bytes));
      } catch (InvalidInputException e) {
        refused = e;
      }
      if (isAt(refused, "protection")) {
        // protected: by a KMS key the file names (unlocked through the KMS), or by a passphrase
        try {
          return OrganisationSigningKey.read(new ByteArrayInputStream(bytes), kms());
        } catch (InvalidInputException e) {
          if (isAt(e, "protection")) {
            throw new InvalidInputException(
                "--signing-passphrase-env", ViolationCode.REQUIRED, "the signing key is protected");
          }
          refused = e;
        }
      }
      InvalidInputException cause = refused;
      return named(
          "--signing-key",
          () -> {
            throw cause;
          });
    }
    char[] secret = secret(cli, "--signing-passphrase-env", passphraseEnv);
    try {
      return named(
          "--signing-key",
          () -> OrganisationSigningKey.read(new ByteArrayInputStream(bytes), secret));
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  /**
   * The organisation key pinned by {@code --organisation-key FILE} or {@code
   * --organisation-fingerprint HEX} (exactly one is non-null): the file's key, or the store's key
   * when it has the fingerprint.
   *
   * @throws VaultIntegrityException when the store's key does not have the pinned fingerprint
   */
  static OrganisationPublicKey pinnedKey(Cli cli, Path store, Path keyFile, String fingerprint)
      throws IOException {
    if (keyFile != null) {
      return readKey(cli, "--organisation-key", keyFile, OrganisationPublicKey::read);
    }
    String expected = fingerprint("--organisation-fingerprint", fingerprint);
    OrganisationPublicKey stored = storedKey(cli, store);
    if (!stored.fingerprint().equals(expected)) {
      throw new VaultIntegrityException(
          "the vault's organisation key does not have the pinned fingerprint");
    }
    return stored;
  }

  private static boolean isAt(InvalidInputException e, String field) {
    return e.violations().stream().anyMatch(v -> v.field().equals(field));
  }

  /**
   * The KMS client of the command line: {@link LocalKmsClient}, keys named {@code
   * inzage-kek://PATH}. Nothing is discovered from the class path (no code that touches keys is
   * loaded that way); a cloud KMS is used through the library, whose {@code
   * OrganisationSigningKey.read(Path, KmsClient)} takes any Tink client.
   */
  static KmsClient kms() {
    return new LocalKmsClient();
  }

  /**
   * Keeps the organisation's public key in the store (owner-only, written by the library), so that
   * {@code vault list} and a fingerprint-pinned {@code vault open} find it; a store already holding
   * another organisation's key is refused.
   */
  static void storePublicKey(Path store, OrganisationPublicKey key) throws IOException {
    Path file = store.resolve(PUBLIC_KEY);
    try {
      key.write(file);
    } catch (FileAlreadyExistsException e) {
      OrganisationPublicKey existing;
      try {
        existing = OrganisationPublicKey.read(file);
      } catch (InvalidInputException damaged) {
        throw new InvalidInputException(
            "--store",
            ViolationCode.INVALID_VALUE,
            "the vault's organisation public key is damaged");
      }
      if (!existing.fingerprint().equals(key.fingerprint())) {
        throw new InvalidInputException(
            "--signing-key",
            ViolationCode.INVALID_VALUE,
            "is not the organisation key this vault was sealed with");
      }
    }
  }

  /** The organisation public key kept in the store (unpinned: whoever rewrites it, decides it). */
  static OrganisationPublicKey storedKey(Cli cli, Path store) throws IOException {
    Path file = store.resolve(PUBLIC_KEY);
    if (!Files.exists(file)) {
      throw new InvalidInputException(
          "--store", ViolationCode.INVALID_VALUE, "not a vault directory (no organisation key)");
    }
    return readKey(cli, "--store", file, OrganisationPublicKey::read);
  }

  /**
   * A fingerprint as given on the command line: 64 hex digits, with or without {@code sha256:}, in
   * the form {@link OrganisationPublicKey#fingerprint()} has.
   */
  static String fingerprint(String option, String text) {
    String hex = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (hex.startsWith("sha256:")) {
      hex = hex.substring("sha256:".length());
    }
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new InvalidInputException(
          option, ViolationCode.INVALID_VALUE, "must be 64 hex digits (sha256:… as printed)");
    }
    return "sha256:" + hex;
  }
}
