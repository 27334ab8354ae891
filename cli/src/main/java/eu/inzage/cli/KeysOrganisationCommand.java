package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.OrganisationSigningKey;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage keys organisation --out DIR [--passphrase-env VAR]}: the organisation's Ed25519
 * signing key, which signs every manifest, and its public key with the fingerprint participants pin
 * (GDPR Art. 32(1)(b)). The signing key belongs outside every store; {@code vault seal
 * --signing-key} reads it from there.
 */
@Command(
    name = "organisation",
    description = {
      "Creates the organisation's signing key pair: DIR/" + VaultFiles.SIGNING_KEY + " and",
      "DIR/" + VaultFiles.PUBLIC_KEY + ". Keep DIR outside every vault directory and backup;",
      "give participants the fingerprint to pin. With --passphrase-env the signing key is",
      "protected by that passphrase (Argon2id)."
    })
final class KeysOrganisationCommand extends Subcommand {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the signing key's passphrase")
  String passphraseEnv;

  @Override
  public Integer call() throws Exception {
    Path signingFile = out.resolve(VaultFiles.SIGNING_KEY);
    Path publicFile = out.resolve(VaultFiles.PUBLIC_KEY);
    KeyPairFiles.requireFree(signingFile, publicFile);
    char[] passphrase = passphraseEnv == null ? null : VaultFiles.secret(cli(), passphraseEnv);
    Argon2Parameters argon2 = passphrase == null ? null : VaultFiles.argon2();
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    KeyPairFiles.createDirectory(out);
    try {
      KeyPairFiles.writeBoth(
          signingFile,
          () -> {
            if (passphrase == null) {
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
    result.put("protected", passphrase != null);
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
