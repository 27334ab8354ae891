package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
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
 * The organisation's Ed25519 keyset that signs every manifest, so that the participant can check
 * who sealed what and when (GDPR Art. 5(2), accountability). A secret: {@link #toString()} shows
 * only the fingerprint.
 *
 * <p><b>Keep it outside every store.</b> The signing key must never be written into a vault's blob
 * store, its backups or replicas, nor beside them: whoever holds it can sign manifests for objects
 * of their own making, and a participant's pinned {@link OrganisationPublicKey} would accept them.
 * Write it protected by a passphrase ({@link #write(Path, char[], Argon2Parameters)}) to a place
 * only the sealing process can read — or, raw, with the explicitly named {@link
 * #writeUnprotected(Path)} into a secret store (GDPR Art. 32(1)(a) and (b)). Where the organisation
 * has a KMS, {@link #write(Path, KmsClient, String)} encrypts the keyset under a KMS key instead:
 * the file is useless without the KMS's permission to decrypt, which the KMS logs and can revoke.
 */
public final class OrganisationSigningKey {
  static {
    TinkSupport.ensureRegistered();
  }

  static final String FORMAT = "inzage-organisation-signing-key";
  private static final String KEYSET_AD = "keyset";

  private final KeysetHandle keyset;
  private final OrganisationPublicKey publicKey;
  private final PublicKeySign signer;

  private OrganisationSigningKey(KeysetHandle keyset) throws GeneralSecurityException {
    if (!(keyset.getPrimary().getKey() instanceof Ed25519PrivateKey)) {
      throw new GeneralSecurityException("not an Ed25519 private keyset");
    }
    this.keyset = keyset;
    this.publicKey = new OrganisationPublicKey(keyset.getPublicKeysetHandle());
    this.signer = TinkSupport.primitive(keyset, PublicKeySign.class);
  }

  /** A new Ed25519 signing keyset. */
  public static OrganisationSigningKey generate() {
    try {
      return new OrganisationSigningKey(KeysetHandle.generateNew(TinkSupport.ORGANISATION_KEY));
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot generate an organisation key", e);
    }
  }

  /** The public half, to pin when opening. */
  public OrganisationPublicKey publicKey() {
    return publicKey;
  }

  PublicKeySign signer() {
    return signer;
  }

  /**
   * Writes the signing key file protected by {@code passphrase} (Argon2id with {@code parameters},
   * then AES-256-GCM; crypto/FORMAT.md, section 3.2) as a new owner-only file ({@code rw-------} on
   * POSIX). An existing file is never replaced. Keep the file outside every store.
   *
   * @throws InvalidInputException naming {@code passphrase} when it is empty
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void write(Path file, char[] passphrase, Argon2Parameters parameters) throws IOException {
    KeyFiles.writeOwnerOnly(file, protectedJson(passphrase, parameters));
  }

  /**
   * Writes the passphrase-protected signing key file to the caller's stream (flushed, left open),
   * as {@link #write(Path, char[], Argon2Parameters)}.
   */
  public void write(OutputStream out, char[] passphrase, Argon2Parameters parameters)
      throws IOException {
    KeyFiles.writeText(out, protectedJson(passphrase, parameters));
  }

  /**
   * Writes the signing key file without protection as a new owner-only file ({@code rw-------} on
   * POSIX); an existing file is never replaced. Raw secret access: only into a secret store or a
   * file that only the sealing process can read, never into a blob store or its backups.
   *
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void writeUnprotected(Path file) throws IOException {
    KeyFiles.writeOwnerOnly(file, unprotectedJson());
  }

  /**
   * Writes the signing key file without protection to the caller's stream (flushed, left open). Raw
   * secret access, as {@link #writeUnprotected(Path)}.
   */
  public void writeUnprotected(OutputStream out) throws IOException {
    KeyFiles.writeText(out, unprotectedJson());
  }

  /**
   * Writes the signing key file with the keyset encrypted under a KMS key ({@code protection:
   * "kms"}, crypto/FORMAT.md, section 3.3) as a new owner-only file; an existing file is never
   * replaced. The key URI is recorded in the file; reading it needs a client that supports it.
   *
   * @param kms a Tink KMS client, e.g. {@code GcpKmsClient}, {@code AwsKmsClient} or {@link
   *     LocalKmsClient}
   * @param keyUri the KMS key, e.g. {@code gcp-kms://projects/…/cryptoKeys/signing-kek}
   * @throws InvalidInputException naming {@code kmsKeyUri} when the client does not support it or
   *     the KMS refuses to encrypt with it
   * @throws java.nio.file.FileAlreadyExistsException when a file is already at {@code file}
   * @throws IOException when writing the file fails
   */
  public void write(Path file, KmsClient kms, String keyUri) throws IOException {
    KeyFiles.writeOwnerOnly(file, kmsJson(kms, keyUri));
  }

  private String kmsJson(KmsClient kms, String keyUri) {
    String fingerprint = publicKey.fingerprint();
    Aead aead = kmsAead(kms, keyUri);
    byte[] encrypted;
    try {
      encrypted =
          TinkProtoKeysetFormat.serializeEncryptedKeyset(
              keyset, aead, ad(fingerprint), TinkSupport.configuration());
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          "kmsKeyUri", ViolationCode.INVALID_VALUE, "the KMS did not encrypt with this key");
    }
    ObjectNode node = KeyFiles.start(FORMAT);
    node.put("protection", "kms");
    node.put("kmsKeyUri", keyUri);
    node.put("fingerprint", fingerprint);
    node.putObject("keyset").put("ciphertext", KeyFiles.base64(encrypted));
    return KeyFiles.write(node);
  }

  private static Aead kmsAead(KmsClient kms, String keyUri) {
    java.util.Objects.requireNonNull(kms, "kms");
    if (keyUri == null || keyUri.isBlank() || !kms.doesSupport(keyUri)) {
      throw new InvalidInputException(
          "kmsKeyUri", ViolationCode.INVALID_VALUE, "no KMS client supports this key URI");
    }
    try {
      return kms.getAead(keyUri);
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          "kmsKeyUri", ViolationCode.INVALID_VALUE, "the KMS gave no key for this URI");
    }
  }

  /**
   * Reads a signing key file whose keyset is encrypted under a KMS key and decrypts it through
   * {@code kms}, which must support the key URI recorded in the file.
   *
   * @throws InvalidInputException naming the field that is missing or wrong, {@code protection}
   *     when the file is not KMS-protected, or {@code kmsKeyUri} when the client does not support
   *     the file's key URI
   * @throws WrongKeyException when the KMS key does not decrypt the keyset (another key, revoked
   *     permission, a changed file)
   * @throws VaultIntegrityException when the decrypted keyset does not match the file's fingerprint
   * @throws IOException when reading the file fails
   */
  public static OrganisationSigningKey read(Path file, KmsClient kms) throws IOException {
    return decrypt(KeyFiles.readText(file), kms);
  }

  /**
   * Reads a KMS-protected signing key file from the caller's stream (left open), as {@link
   * #read(Path, KmsClient)}.
   */
  public static OrganisationSigningKey read(InputStream in, KmsClient kms) throws IOException {
    return decrypt(KeyFiles.readText(in), kms);
  }

  private static OrganisationSigningKey decrypt(String json, KmsClient kms) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    if (!"kms".equals(protection(node))) {
      throw new InvalidInputException(
          "protection", ViolationCode.INVALID_VALUE, "the signing key is not protected by a KMS");
    }
    String fingerprint = KeyFiles.text(node, "fingerprint");
    Aead aead = kmsAead(kms, KeyFiles.text(node, "kmsKeyUri"));
    byte[] encrypted = KeyFiles.bytes(node.path("keyset"), "ciphertext");
    KeysetHandle handle;
    try {
      handle =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              encrypted, aead, ad(fingerprint), TinkSupport.configuration());
    } catch (GeneralSecurityException e) {
      throw new WrongKeyException("organisation signing key: the KMS key does not decrypt it");
    }
    return checked(handle, fingerprint);
  }

  /** The key of a decrypted keyset, which must have the file's fingerprint. */
  private static OrganisationSigningKey checked(KeysetHandle handle, String fingerprint) {
    try {
      OrganisationSigningKey key = new OrganisationSigningKey(handle);
      if (!key.publicKey().fingerprint().equals(fingerprint)) {
        throw new VaultIntegrityException(
            "organisation signing key: keyset does not match its fingerprint");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new VaultIntegrityException("organisation signing key: damaged key file");
    }
  }

  private String unprotectedJson() {
    // the version-1 shape, byte for byte: no "protection" field means unprotected
    return KeyFiles.writeKey(
        KeyFiles.start(FORMAT),
        publicKey.fingerprint(),
        () -> TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
  }

  private String protectedJson(char[] passphrase, Argon2Parameters parameters) {
    ProtectedPrivateKey.requirePassphrase(passphrase);
    String fingerprint = publicKey.fingerprint();
    byte[] salt = KeyWrap.random(KeyWrap.SALT_LENGTH);
    byte[] derived = ProtectedPrivateKey.derive(passphrase, salt, parameters);
    byte[] plain = null;
    try {
      plain =
          TinkProtoKeysetFormat.serializeKeyset(
              keyset, InsecureSecretKeyAccess.get(), TinkSupport.configuration());
      ProtectedPrivateKey.Sealed box =
          ProtectedPrivateKey.Sealed.of(derived, ad(fingerprint), plain);
      ObjectNode node = KeyFiles.start(FORMAT);
      node.put("protection", "argon2id");
      node.put("fingerprint", fingerprint);
      box.into(node.putObject("keyset"));
      ProtectedPrivateKey.putArgon2(node.putObject("passphrase"), parameters, salt);
      return KeyFiles.write(node);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("cannot protect the organisation signing key", e);
    } finally {
      Arrays.fill(derived, (byte) 0);
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }

  private static byte[] ad(String fingerprint) {
    return ("inzage-signing-key/1/" + KEYSET_AD + "/" + fingerprint)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * Reads a passphrase-protected signing key file and unlocks it.
   *
   * @throws InvalidInputException naming the field that is missing or wrong, {@code protection}
   *     when the file is not protected (read that with {@link #readUnprotected(Path)}), or {@code
   *     passphrase} when it is empty
   * @throws WrongKeyException when the passphrase is wrong (or the file was changed)
   * @throws VaultIntegrityException when the unlocked keyset does not match the file's fingerprint
   * @throws IOException when reading the file fails
   */
  public static OrganisationSigningKey read(Path file, char[] passphrase) throws IOException {
    return unlock(KeyFiles.readText(file), passphrase);
  }

  /**
   * Reads a passphrase-protected signing key file from the caller's stream (left open), as {@link
   * #read(Path, char[])}.
   */
  public static OrganisationSigningKey read(InputStream in, char[] passphrase) throws IOException {
    return unlock(KeyFiles.readText(in), passphrase);
  }

  /**
   * Reads an unprotected signing key file (also those written before protection existed, which have
   * no {@code protection} field).
   *
   * @throws InvalidInputException naming the field that is missing or wrong, or {@code protection}
   *     when the file is protected
   * @throws IOException when reading the file fails
   */
  public static OrganisationSigningKey readUnprotected(Path file) throws IOException {
    return unprotected(KeyFiles.readText(file));
  }

  /**
   * Reads an unprotected signing key file from the caller's stream (left open), as {@link
   * #readUnprotected(Path)}.
   */
  public static OrganisationSigningKey readUnprotected(InputStream in) throws IOException {
    return unprotected(KeyFiles.readText(in));
  }

  private static String protection(JsonNode node) {
    JsonNode value = node.path("protection");
    return value.isMissingNode() ? "none" : KeyFiles.text(node, "protection");
  }

  private static OrganisationSigningKey unprotected(String json) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    if (!"none".equals(protection(node))) {
      throw new InvalidInputException(
          "protection",
          ViolationCode.INVALID_VALUE,
          "kms".equals(protection(node))
              ? "the signing key is protected by a KMS key; read it with its KMS client"
              : "the signing key is protected; read it with its passphrase");
    }
    return KeyFiles.readKey(
        node,
        "an Ed25519 signing keyset",
        keyset ->
            new OrganisationSigningKey(
                TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())),
        k -> k.publicKey().fingerprint());
  }

  private static OrganisationSigningKey unlock(String json, char[] passphrase) {
    JsonNode node = KeyFiles.read(json, FORMAT);
    String protection = protection(node);
    if ("none".equals(protection)) {
      throw new InvalidInputException(
          "protection",
          ViolationCode.INVALID_VALUE,
          "the signing key is not protected; read it with readUnprotected");
    }
    if ("kms".equals(protection)) {
      throw new InvalidInputException(
          "protection",
          ViolationCode.INVALID_VALUE,
          "the signing key is protected by a KMS key; read it with its KMS client");
    }
    if (!"argon2id".equals(protection)) {
      throw new InvalidInputException("protection", ViolationCode.INVALID_VALUE, "not argon2id");
    }
    String fingerprint = KeyFiles.text(node, "fingerprint");
    JsonNode pass = node.path("passphrase");
    Argon2Parameters parameters = ProtectedPrivateKey.argon2(pass);
    byte[] salt = ProtectedPrivateKey.salt(pass);
    ProtectedPrivateKey.Sealed box = ProtectedPrivateKey.Sealed.from(node, "keyset");
    ProtectedPrivateKey.requirePassphrase(passphrase);
    byte[] derived = ProtectedPrivateKey.derive(passphrase, salt, parameters);
    byte[] plain;
    try {
      plain = box.open(derived, ad(fingerprint));
    } catch (GeneralSecurityException e) {
      throw new WrongKeyException("organisation signing key: wrong passphrase (or a damaged file)");
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
    try {
      return checked(
          TinkProtoKeysetFormat.parseKeyset(
              plain, InsecureSecretKeyAccess.get(), TinkSupport.configuration()),
          fingerprint);
    } catch (GeneralSecurityException e) {
      throw new VaultIntegrityException("organisation signing key: damaged key file");
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "OrganisationSigningKey[" + publicKey.fingerprint() + ", redacted]";
  }
}
