package eu.inzage.cli;

import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPublicKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/**
 * The options of {@code inzage assess} that seal the reply to the participant while it is read:
 * {@code --seal DIR} (the vault) with the options of {@code inzage vault seal}.
 */
final class ReplySealOptions {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(java.time.ZoneOffset.UTC);

  @Option(
      names = "--seal",
      required = true,
      paramLabel = "DIR",
      description = "seal the reply, as received, into this vault directory in the same pass")
  Path store;

  @Option(
      names = "--signing-key",
      required = true,
      paramLabel = "FILE",
      description = "with --seal: the organisation's signing key (outside every store)")
  Path signingKey;

  @Option(
      names = "--signing-passphrase-env",
      paramLabel = "VAR",
      description = "with --seal: environment variable holding the signing key's passphrase")
  String signingPassphraseEnv;

  @Option(
      names = "--recipient",
      required = true,
      paramLabel = "PUBLIC",
      description = "with --seal: the participant's public.json")
  Path recipient;

  @Option(
      names = "--subject",
      required = true,
      paramLabel = "ID",
      description = "with --seal: the participant's id in the vault")
  String subject;

  @Option(
      names = "--object",
      paramLabel = "ID",
      description =
          "with --seal: the sealed reply's id (default: CONTROLLER-reply-UTC time, e.g."
              + " tiktok-reply-20261202T104500123Z; the controller cut to 38 characters)")
  String object;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      description =
          "with --seal: largest reply accepted (default: the library's, ${DEFAULT-VALUE})")
  long maxSize = Vault.DEFAULT_MAX_OBJECT_SIZE;

  /** The sealed reply's id: {@code --object}, or one made of the controller and the time. */
  String objectId(Cli cli, String controller) {
    // an id has at most 64 characters: "-reply-" and the time take 26, the controller the rest
    String prefix = controller.substring(0, Math.min(controller.length(), 38));
    String id = object != null ? object : prefix + "-reply-" + STAMP.format(cli.clock().instant());
    Identifiers.require("--object", id);
    return id;
  }

  /** Checks the ids and reads the recipient's key, before the reply is read. */
  SealMetadata metadata(Cli cli, String controller, Path export) throws IOException {
    Identifiers.require("--subject", subject);
    if (maxSize < 0) {
      throw new eu.inzage.core.InvalidInputException(
          "--max-size", eu.inzage.core.ViolationCode.INVALID_VALUE, "must not be negative");
    }
    ParticipantPublicKey key =
        VaultFiles.readKey(cli, "--recipient", recipient, ParticipantPublicKey::read);
    return new SealMetadata(key, VaultSealCommand.contentType(export), controller);
  }

  /** The vault over {@code --seal}, signing with {@code --signing-key}. */
  Vault vault(Cli cli) throws IOException {
    OrganisationSigningKey organisation =
        VaultFiles.signingKey(cli, signingKey, signingPassphraseEnv, store);
    return VaultFiles.sealingVault(cli, store, organisation, maxSize);
  }
}
