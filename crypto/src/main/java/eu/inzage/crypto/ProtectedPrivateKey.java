package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.KeyWrap;
import eu.inzage.crypto.internal.TinkSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * A participant's private key protected for storage (GDPR Art. 32(1)(a)): the keyset is encrypted
 * once under a random key-encryption key, which is wrapped twice, under an Argon2id key from the
 * passphrase and under the one-time recovery key. Changing the passphrase re-wraps only the
 * key-encryption key, so sealed data is never touched. Safe to store ({@link #write(Path)}, {@link
 * #read(Path)}); {@link #toString()} shows the fingerprint only. A wrong passphrase or recovery key
 * is a {@link WrongKeyException}; a key file changed after it was written a {@link
 * VaultIntegrityException}.
 */
public final class ProtectedPrivateKey {
  static {
    TinkSupport.ensureRegistered();
  }

  private static final String KEYSET = "keyset";
  private static final String PASSPHRASE = "passphrase";
  private static final String RECOVERY = "recovery";

  private final long keyId;
  private final String fingerprint;
  private final Sealed keysetBox;
  private final Argon2Parameters argon2;
  private final byte[] salt;
  private final Sealed passphraseBox;
  private final Sealed recoveryBox;

  /** A nonce and an AES-256-GCM ciphertext. */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  record Sealed(byte[] nonce, byte[] ciphertext) {
    static Sealed of(byte[] key, byte[] ad, byte[] plaintext) throws GeneralSecurityException {
      byte[] nonce = KeyWrap.random(KeyWrap.NONCE_LENGTH);
      return new Sealed(nonce, KeyWrap.seal(key, nonce, ad, plaintext));
    }

    byte[] open(byte[] key, byte[] ad) throws GeneralSecurityException {
      return KeyWrap.open(key, nonce, ad, ciphertext);
    }

    ObjectNode into(ObjectNode node) {
      node.put("nonce", KeyFiles.base64(nonce));
      node.put("ciphertext", KeyFiles.base64(ciphertext));
      return node;
    }

    static Sealed from(JsonNode node, String field) {
      JsonNode box = node.path(field);
      if (!box.isObject()) {
        throw new InvalidInputException(field, ViolationCode.REQUIRED, "missing");
      }
      byte[] nonce = KeyFiles.bytes(box, "nonce");
      if (nonce.length != KeyWrap.NONCE_LENGTH) {
        throw new InvalidInputException(
            field + ".nonce", ViolationCode.INVALID_VALUE, "must be 12 bytes");
      }
      return new Sealed(nonce, KeyFiles.bytes(box, "ciphertext"));
    }
  }

  private ProtectedPrivateKey(
      long keyId,
      String fingerprint,
      Sealed keysetBox,
      Argon2Parameters argon2,
      byte[] salt,
      Sealed passphraseBox,
      Sealed recoveryBox) {
    this.keyId = keyId;
    this.fingerprint = fingerprint;
    this.keysetBox = keysetBox;
    this.argon2 = argon2;
    this.salt = salt;
    this.passphraseBox = passphraseBox;
    this.recoveryBox = recoveryBox;
  }

  static PassphraseProtection create(
      ParticipantPrivateKey key, char[] passphrase, Argon2Parameters parameters) {
    requirePassphrase(passphrase);
    byte[] kek = KeyWrap.random(KeyWrap.KEY_LENGTH);
    RecoveryKey recovery = RecoveryKey.generate();
    try {
      String fingerprint = key.fingerprint();
      byte[] keyset =
          TinkProtoKeysetFormat.serializeKeyset(
              key.keyset(), InsecureSecretKeyAccess.get(), TinkSupport.configuration());
      Sealed keysetBox = Sealed.of(kek, KeyWrap.associatedData(KEYSET, fingerprint), keyset);
      Arrays.fill(keyset, (byte) 0);
      byte[] salt = KeyWrap.random(KeyWrap.SALT_LENGTH);
      Sealed passphraseBox = wrapUnderPassphrase(kek, passphrase, salt, parameters, fingerprint);
      byte[] recoveryBytes = recovery.bytes();
      Sealed recoveryBox =
          Sealed.of(recoveryBytes, KeyWrap.associatedData(RECOVERY, fingerprint), kek);
      Arrays.fill(recoveryBytes, (byte) 0);
      return new PassphraseProtection(
          new ProtectedPrivateKey(
              key.publicKey().keyId(),
              fingerprint,
              keysetBox,
              parameters,
              salt,
              passphraseBox,
              recoveryBox),
          recovery);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot protect a private key", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private static Sealed wrapUnderPassphrase(
      byte[] kek, char[] passphrase, byte[] salt, Argon2Parameters p, String fingerprint)
      throws GeneralSecurityException {
    byte[] derived = derive(passphrase, salt, p);
    try {
      return Sealed.of(derived, KeyWrap.associatedData(PASSPHRASE, fingerprint), kek);
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  static byte[] derive(char[] passphrase, byte[] salt, Argon2Parameters p) {
    return KeyWrap.argon2id(passphrase, salt, p.memoryKiB(), p.iterations(), p.parallelism());
  }

  static void requirePassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      throw new InvalidInputException("passphrase", ViolationCode.REQUIRED, "must not be empty");
    }
  }

  /** The fingerprint of the protected key's public key. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The Argon2id parameters the passphrase wrap was made with. */
  public Argon2Parameters argon2Parameters() {
    return argon2;
  }

  /**
   * Unlocks the key with the passphrase.
   *
   * @throws WrongKeyException when the passphrase is wrong (or its part of the file was changed:
   *     the two cannot be told apart)
   * @throws VaultIntegrityException when the rest of the file was changed
   */
  public ParticipantPrivateKey unlock(char[] passphrase) {
    requirePassphrase(passphrase);
    return openKeyset(unwrapWithPassphrase(passphrase));
  }

  /**
   * Unlocks the key with the one-time recovery key.
   *
   * @throws WrongKeyException when the recovery key is wrong (or its part of the file was changed)
   * @throws VaultIntegrityException when the rest of the file was changed
   */
  public ParticipantPrivateKey unlockWithRecoveryKey(RecoveryKey recoveryKey) {
    return openKeyset(unwrapWithRecovery(recoveryKey));
  }

  /**
   * The same key under a new passphrase, unlocked with the current passphrase; the keyset, the
   * recovery key and all sealed data stay as they are.
   *
   * @throws WrongKeyException when the current passphrase is wrong
   */
  public ProtectedPrivateKey changePassphrase(
      char[] current, char[] next, Argon2Parameters parameters) {
    requirePassphrase(next);
    return rewrap(unwrapWithPassphrase(current), next, parameters);
  }

  /**
   * The same key under a new passphrase, unlocked with the recovery key (the passphrase was lost).
   *
   * @throws WrongKeyException when the recovery key is wrong
   */
  public ProtectedPrivateKey resetPassphrase(
      RecoveryKey recoveryKey, char[] next, Argon2Parameters parameters) {
    requirePassphrase(next);
    return rewrap(unwrapWithRecovery(recoveryKey), next, parameters);
  }

  private ProtectedPrivateKey rewrap(byte[] kek, char[] next, Argon2Parameters parameters) {
    try {
      openKeyset(kek.clone());
      byte[] newSalt = KeyWrap.random(KeyWrap.SALT_LENGTH);
      Sealed box = wrapUnderPassphrase(kek, next, newSalt, parameters, fingerprint);
      return new ProtectedPrivateKey(
          keyId, fingerprint, keysetBox, parameters, newSalt, box, recoveryBox);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot re-wrap a private key", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private byte[] unwrapWithPassphrase(char[] passphrase) {
    byte[] derived = derive(passphrase, salt, argon2);
    try {
      return passphraseBox.open(derived, KeyWrap.associatedData(PASSPHRASE, fingerprint));
    } catch (GeneralSecurityException e) {
      throw new WrongKeyException("private key: wrong passphrase (or a damaged key file)");
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  private byte[] unwrapWithRecovery(RecoveryKey recoveryKey) {
    byte[] bytes = recoveryKey.bytes();
    try {
      return recoveryBox.open(bytes, KeyWrap.associatedData(RECOVERY, fingerprint));
    } catch (GeneralSecurityException e) {
      throw new WrongKeyException("private key: wrong recovery key (or a damaged key file)");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private ParticipantPrivateKey openKeyset(byte[] kek) {
    byte[] keyset = null;
    try {
      keyset = keysetBox.open(kek, KeyWrap.associatedData(KEYSET, fingerprint));
      ParticipantPrivateKey key =
          new ParticipantPrivateKey(
              TinkProtoKeysetFormat.parseKeyset(
                  keyset, InsecureSecretKeyAccess.get(), TinkSupport.configuration()));
      if (!key.fingerprint().equals(fingerprint) || key.publicKey().keyId() != keyId) {
        throw new VaultIntegrityException("private key: keyset does not match its fingerprint");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new VaultIntegrityException("private key: damaged key file");
    } finally {
      Arrays.fill(kek, (byte) 0);
      if (keyset != null) {
        Arrays.fill(keyset, (byte) 0);
      }
    }
  }

  /**
   * Writes the protected private key file ({@code private.json}, crypto/FORMAT.md "Key files") as a
   * new owner-only file ({@code rw-------} on POSIX); an existing file is never replaced.
   *
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void write(Path file) throws IOException {
    KeyFiles.writeOwnerOnly(file, json());
  }

  /** Writes the protected private key file to the caller's stream (flushed, left open). */
  public void write(OutputStream out) throws IOException {
    KeyFiles.writeText(out, json());
  }

  private String json() {
    ObjectNode node = KeyFiles.start(ParticipantPrivateKey.FORMAT);
    node.put("protection", "argon2id");
    node.put("keyId", keyId);
    node.put("fingerprint", fingerprint);
    keysetBox.into(node.putObject(KEYSET));
    ObjectNode pass = putArgon2(node.putObject(PASSPHRASE), argon2, salt);
    passphraseBox.into(pass);
    recoveryBox.into(node.putObject(RECOVERY));
    return KeyFiles.write(node);
  }

  /** Writes the Argon2id parameters and salt of a passphrase wrap (crypto/FORMAT.md, 3.1). */
  static ObjectNode putArgon2(ObjectNode pass, Argon2Parameters argon2, byte[] salt) {
    pass.put("kdf", "argon2id");
    pass.put("argon2Version", 19);
    pass.put("memoryKiB", argon2.memoryKiB());
    pass.put("iterations", argon2.iterations());
    pass.put("parallelism", argon2.parallelism());
    pass.put("salt", KeyFiles.base64(salt));
    return pass;
  }

  /** Reads the Argon2id parameters of a passphrase wrap, bounded (crypto/FORMAT.md, 3.1). */
  static Argon2Parameters argon2(JsonNode pass) {
    if (!"argon2id".equals(pass.path("kdf").asText()) || pass.path("argon2Version").asInt() != 19) {
      throw new InvalidInputException(
          "passphrase.kdf", ViolationCode.INVALID_VALUE, "not argon2id version 19");
    }
    return new Argon2Parameters(
        (int) KeyFiles.number(pass, "memoryKiB"),
        (int) KeyFiles.number(pass, "iterations"),
        (int) KeyFiles.number(pass, "parallelism"));
  }

  /** Reads the salt of a passphrase wrap (8 to 64 bytes). */
  static byte[] salt(JsonNode pass) {
    byte[] salt = KeyFiles.bytes(pass, "salt");
    if (salt.length < 8 || salt.length > 64) {
      throw new InvalidInputException("passphrase.salt", ViolationCode.INVALID_VALUE, "bad length");
    }
    return salt;
  }

  /**
   * Reads a protected private key file; unlock it with {@link #unlock} or {@link
   * #unlockWithRecoveryKey}.
   *
   * @throws InvalidInputException naming the field that is missing or out of range, or {@code
   *     protection} when the file is not protected
   * @throws IOException when reading the file fails
   */
  public static ProtectedPrivateKey read(Path file) throws IOException {
    return parse(KeyFiles.readText(file));
  }

  /**
   * Reads a protected private key file from the caller's stream (left open).
   *
   * @throws InvalidInputException naming the field that is missing or out of range
   * @throws IOException when reading the stream fails
   */
  public static ProtectedPrivateKey read(InputStream in) throws IOException {
    return parse(KeyFiles.readText(in));
  }

  static ProtectedPrivateKey parse(String json) {
    JsonNode node = KeyFiles.read(json, ParticipantPrivateKey.FORMAT);
    String protection = KeyFiles.text(node, "protection");
    if ("none".equals(protection)) {
      throw new InvalidInputException(
          "protection",
          ViolationCode.INVALID_VALUE,
          "the private key is not protected; read it with readUnprotected");
    }
    if (!"argon2id".equals(protection)) {
      throw new InvalidInputException("protection", ViolationCode.INVALID_VALUE, "not argon2id");
    }
    JsonNode pass = node.path(PASSPHRASE);
    Argon2Parameters argon2 = argon2(pass);
    byte[] salt = salt(pass);
    return new ProtectedPrivateKey(
        KeyFiles.number(node, "keyId"),
        KeyFiles.text(node, "fingerprint"),
        Sealed.from(node, KEYSET),
        argon2,
        salt,
        Sealed.from(node, PASSPHRASE),
        Sealed.from(node, RECOVERY));
  }

  @Override
  public String toString() {
    return "ProtectedPrivateKey[" + fingerprint + "]";
  }
}
