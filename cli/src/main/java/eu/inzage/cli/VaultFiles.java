package eu.inzage.cli;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.OrganisationSigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the key and vault subcommands share: reading key files and secrets from the environment,
 * writing files atomically, and the organisation's signing key kept in the vault directory.
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

  static String readText(Cli cli, String option, Path file) throws IOException {
    try (InputStream in = cli.open(option, file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Reads a key file, naming the option in any error: the key classes name the JSON field, the
   * message here adds the option it came from.
   */
  static <T> T readKey(
      Cli cli, String option, Path file, java.util.function.Function<String, T> parse)
      throws IOException {
    String json = readText(cli, option, file);
    try {
      return parse.apply(json);
    } catch (InvalidInputException e) {
      if (e.violations().get(0).field().equals("passphrase")) {
        throw new InvalidInputException(
            "--passphrase-env", ViolationCode.REQUIRED, "the private key is protected");
      }
      throw new InvalidInputException(
          option, e.violations().get(0).code(), "not a usable key file (" + e.getMessage() + ")");
    }
  }

  /** A vault directory that must already exist. */
  static Path existingStore(Path store) {
    if (!Files.isDirectory(store)) {
      throw new InvalidInputException("--store", ViolationCode.REQUIRED, "no such vault directory");
    }
    return store;
  }

  /** Writes a text file atomically; see {@link AtomicFiles#write}. */
  static void writeAtomically(Path target, String text, boolean secret, boolean replace)
      throws IOException {
    AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8), secret, replace);
  }

  /** The vault directory's signing key, created (with its public key) on first use. */
  static OrganisationSigningKey signingKey(Path store) throws IOException {
    Path file = store.resolve(SIGNING_KEY);
    if (!Files.exists(file)) {
      OrganisationSigningKey fresh = OrganisationSigningKey.generate();
      try {
        writeAtomically(file, fresh.toUnprotectedJson(), true, false);
        writeAtomically(store.resolve(PUBLIC_KEY), fresh.publicKey().toJson(), false, true);
        return fresh;
      } catch (FileAlreadyExistsException e) {
        // another process created it first: use theirs
      }
    }
    try {
      return OrganisationSigningKey.fromUnprotectedJson(Files.readString(file));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--store", ViolationCode.INVALID_VALUE, "the vault's organisation key file is damaged");
    }
  }

  /** The organisation key to verify with: the pinned one, or the vault directory's own. */
  static OrganisationPublicKey verificationKey(Cli cli, Path store, Path pinned)
      throws IOException {
    if (pinned != null) {
      return readKey(cli, "--organisation-key", pinned, OrganisationPublicKey::fromJson);
    }
    Path file = store.resolve(PUBLIC_KEY);
    if (!Files.exists(file)) {
      throw new InvalidInputException(
          "--store", ViolationCode.INVALID_VALUE, "not a vault directory (no organisation key)");
    }
    return readKey(cli, "--store", file, OrganisationPublicKey::fromJson);
  }
}
