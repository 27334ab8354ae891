package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.crypto.LocalKeyEncryptionKeys;
import eu.inzage.crypto.LocalKmsClient;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage keys kek --out FILE}: the organisation's key-encryption keys (one AES-256-GCM key)
 * as a new owner-only file. They wrap the shred keys that {@code vault release} removes, and, named
 * {@code inzage-kek://FILE}, encrypt a signing key made by {@code keys organisation --kms-key-uri}
 * (GDPR Art. 32(1)(a)). Keep the file out of every store and backup it must outlive.
 */
@Command(
    name = "kek",
    description = {
      "Creates the organisation's key-encryption keys in FILE (owner-only, never replaced).",
      "Keep FILE on a mount apart from every store and its backups. Its URI for",
      "'keys organisation --kms-key-uri' is printed as kmsKeyUri."
    })
final class KeysKekCommand extends Subcommand {
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file")
  Path out;

  @Override
  public Integer call() throws Exception {
    KeyPairFiles.requireFree(out);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      KeyPairFiles.createDirectory(parent);
    }
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    kek.writeUnprotected(out);
    ObjectNode result = cli().object();
    result.put("kek", out.toString());
    result.put("keys", kek.size());
    result.put("kmsKeyUri", LocalKmsClient.uri(out));
    cli().print(result);
    return ExitCodes.OK;
  }
}
