package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.KmsClient;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.OrganisationSigningKey;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage keys organisation --out DIR [--passphrase-env VAR | --kms-key-uri URI]}: the
 * organisation's Ed25519 signing key, which signs every manifest, and its public key with the
 * fingerprint participants pin (GDPR Art. 32(1)(b)). The signing key belongs outside every store;
 * {@code vault seal --signing-key} reads it from there.
 */
@Command(
    name = "organisation",
    description = {
      "Creates the organisation's signing key pair: DIR/" + VaultFiles.SIGNING_KEY + " and",
      "DIR/" + VaultFiles.PUBLIC_KEY + ". Keep DIR outside every vault directory and backup;",
      "give participants the fingerprint to pin. With --passphrase-env the signing key is",
      "protected by that passphrase (Argon2id); with --kms-key-uri it is encrypted under a KMS",
      "key (inzage-kek://PATH, a key-encryption-key file from 'keys kek' on a separate",
      "mount), and 'vault seal' unlocks it through that key. A cloud KMS: use the library."
    })
final class KeysOrganisationCommand extends Subcommand {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the signing key's passphrase")
  String passphraseEnv;

  @Option(
      names = "--kms-key-uri",
      paramLabel = "URI",
      description = "encrypt the signing key under this KMS key instead of a passphrase")
  String kmsKeyUri;

  @Override
  public Integer call() throws Exception {
    Path signingFile = out.resolve(VaultFiles.SIGNING_KEY);
    Path publicFile = out.resolve(VaultFiles.PUBLIC_KEY);
    KeyPairFiles.requireFree(signingFile, publicFile);
    if (kmsKeyUri != null && passphraseEnv != null) {
      throw new InvalidInputException(
          "--kms-key-uri", ViolationCode.INVALID_VALUE, "not together with --passphrase-env");
    }
    KmsClient kms = kmsKeyUri == null ? null : VaultFiles.kms();
    if (kms != null && !kms.doesSupport(kmsKeyUri)) {
      throw new InvalidInputException(
          "--kms-key-uri", ViolationCode.INVALID_VALUE, "no KMS client supports this key URI");
    }
    if (kms != null) {
      try {
        kms.getAead(kmsKeyUri);
      } catch (GeneralSecurityException e) {
        throw new InvalidInputException(
            "--kms-key-uri", ViolationCode.INVALID_VALUE, "the KMS gave no key for this URI");
      }
    }
    char[] passphrase = passphraseEnv == null ? null : VaultFiles.secret(cli(), passphraseEnv);
    Argon2Parameters argon2 = passphrase == null ? null : VaultFiles.argon2();
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    KeyPairFiles.createDirectory(out);
    try {
      KeyPairFiles.writeBoth(
          signingFile,
          () -> {
            if (kms != null) {
              key.write(signingFile, kms, kmsKeyUri);
            } else if (passphrase == null) {
              key.writeUnprotected(signingFile);
            } else {
              key.write(signingFile, passphrase, argon2);
            }
          },
          () -> key.publicKey().write(publicFile));
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
    ObjectNode result = cli().object();
    result.put("signingKey", signingFile.toString());
    result.put("publicKey", publicFile.toString());
    result.put("fingerprint", key.publicKey().fingerprint());
    result.put("protected", passphrase != null || kms != null);
    result.put("protection", kms != null ? "kms" : passphrase != null ? "argon2id" : "none");
    if (kms != null) {
      result.put("kmsKeyUri", kmsKeyUri);
    }
    if (argon2 != null) {
      ObjectNode a = result.putObject("argon2");
      a.put("memoryKiB", argon2.memoryKiB());
      a.put("iterations", argon2.iterations());
      a.put("parallelism", argon2.parallelism());
    }
    cli().print(result);
    return ExitCodes.OK;
  }
}
