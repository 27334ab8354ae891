package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPublicKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inzage vault seal}: seals one file to a participant's public key. */
@Command(
    name = "seal",
    description = {
      "Seals a file to a participant: only their private key can open it.",
      "--signing-key is the organisation's signing key from 'keys organisation', kept outside",
      "every store; the vault directory receives only its public key. Of concurrent seals of",
      "one object exactly one succeeds; the others exit 2 (already exists)."
    })
final class VaultSealCommand extends Subcommand {
  private static final Map<String, String> TYPES =
      Map.of(
          "zip", "application/zip",
          "json", "application/json",
          "pdf", "application/pdf",
          "csv", "text/csv",
          "txt", "text/plain",
          "html", "text/html",
          "htm", "text/html",
          "xml", "application/xml",
          "eml", "message/rfc822");

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(
      names = "--signing-key",
      required = true,
      paramLabel = "FILE",
      description = "the organisation's signing key (outside every store)")
  Path signingKey;

  @Option(
      names = "--signing-passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the signing key's passphrase")
  String signingPassphraseEnv;

  @Option(
      names = "--controller",
      paramLabel = "ID",
      description = "the controller the file came from (recorded in the signed manifest)")
  String controller;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      description = "largest file accepted (default: the library's, ${DEFAULT-VALUE})")
  long maxSize = Vault.DEFAULT_MAX_OBJECT_SIZE;

  @Option(
      names = "--recipient",
      required = true,
      paramLabel = "PUBLIC",
      description = "the participant's public.json")
  Path recipient;

  @Option(names = "--subject", required = true, paramLabel = "ID", description = "participant id")
  String subject;

  @Option(names = "--object", required = true, paramLabel = "ID", description = "object id")
  String object;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "file to seal")
  Path in;

  @Override
  public Integer call() throws Exception {
    ParticipantPublicKey key =
        VaultFiles.readKey(cli(), "--recipient", recipient, ParticipantPublicKey::read);
    if (controller != null) {
      eu.inzage.core.validation.Identifiers.require("--controller", controller);
    }
    SealMetadata metadata = new SealMetadata(key, contentType(in), controller);
    eu.inzage.core.validation.Identifiers.require("--subject", subject);
    eu.inzage.core.validation.Identifiers.require("--object", object);
    if (maxSize < 0) {
      throw new InvalidInputException(
          "--max-size", ViolationCode.INVALID_VALUE, "must not be negative");
    }
    long size = regularFileSize(in, maxSize);
    OrganisationSigningKey organisation =
        VaultFiles.signingKey(cli(), signingKey, signingPassphraseEnv, store);
    try (InputStream content = cli().open("--in", in)) {
      Vault vault = VaultFiles.sealingVault(cli(), store, organisation, maxSize);
      VaultFiles.warmUpFor(size);
      SealedObject sealed = vault.seal(subject, object, content, metadata);
      ObjectNode result = VaultListCommand.describe(cli().object(), sealed);
      result.put("store", store.toString());
      result.put("organisationFingerprint", organisation.publicKey().fingerprint());
      cli().print(result);
    }
    return ExitCodes.OK;
  }

  /**
   * The size of the file to seal, which must be a regular file (a FIFO would block forever, a
   * device such as {@code /dev/zero} never end) no larger than {@code max}.
   */
  private static long regularFileSize(Path file, long max) throws java.io.IOException {
    if (!Files.exists(file)) {
      throw new InvalidInputException("--in", ViolationCode.REQUIRED, "file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          "--in", ViolationCode.INVALID_VALUE, "not a regular file (a device, FIFO or directory)");
    }
    long size = Files.size(file);
    if (size > max) {
      throw new InvalidInputException(
          "--in", ViolationCode.TOO_LONG, "larger than --max-size (" + max + " bytes)");
    }
    return size;
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, SealMetadata.OCTET_STREAM);
  }
}
