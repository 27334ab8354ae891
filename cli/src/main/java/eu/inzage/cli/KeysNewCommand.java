package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.PassphraseProtection;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage keys new --out DIR [--passphrase-env VAR]}: a participant key pair, {@code
 * public.json} and {@code private.json}; with a passphrase the private key is wrapped (Argon2id)
 * and the one-time recovery key appears in the JSON output and nowhere else.
 */
@Command(
    name = "new",
    description = {
      "Creates a participant key pair: DIR/public.json and DIR/private.json.",
      "With --passphrase-env the private key is protected by that passphrase (Argon2id) and a",
      "one-time recovery key is printed in the JSON output, and nowhere else."
    })
final class KeysNewCommand extends Subcommand {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the passphrase")
  String passphraseEnv;

  @Override
  public Integer call() throws Exception {
    Path publicFile = out.resolve("public.json");
    Path privateFile = out.resolve("private.json");
    KeyPairFiles.requireFree(publicFile, privateFile);
    char[] passphrase = passphraseEnv == null ? null : VaultFiles.secret(cli(), passphraseEnv);
    Argon2Parameters argon2 = passphrase == null ? null : VaultFiles.argon2();
    ParticipantPrivateKey key = ParticipantPrivateKey.generate();
    ObjectNode result = cli().object();
    KeyPairFiles.createDirectory(out);
    // the library writes both files new and owner-only, never replacing one; both or neither
    if (passphrase == null) {
      KeyPairFiles.writeBoth(
          privateFile,
          () -> key.writeUnprotected(privateFile),
          () -> key.publicKey().write(publicFile));
    } else {
      PassphraseProtection protection = key.protect(passphrase, argon2);
      Arrays.fill(passphrase, '\0');
      KeyPairFiles.writeBoth(
          privateFile,
          () -> protection.protectedKey().write(privateFile),
          () -> key.publicKey().write(publicFile));
      result.put("recoveryKey", protection.recoveryKey().reveal());
    }
    result.put("publicKey", publicFile.toString());
    result.put("privateKey", privateFile.toString());
    result.put("fingerprint", key.fingerprint());
    result.put("keyId", key.publicKey().keyId());
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
