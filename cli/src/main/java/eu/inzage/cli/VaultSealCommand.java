package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPublicKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.InputStream;
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
      "The vault directory's organisation signing key is created on first use."
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
    SealMetadata metadata = new SealMetadata(key, contentType(in), "");
    eu.inzage.core.validation.Identifiers.require("--subject", subject);
    eu.inzage.core.validation.Identifiers.require("--object", object);
    try (InputStream content = cli().open("--in", in)) {
      OrganisationSigningKey signingKey = VaultFiles.signingKey(store);
      Vault vault =
          Vault.builder()
              .store(BlobStores.fileSystem(store))
              .clock(cli().clock())
              .signingKey(signingKey)
              .build();
      VaultFiles.warmUpFor(java.nio.file.Files.size(in));
      SealedObject sealed = vault.seal(subject, object, content, metadata);
      ObjectNode result = VaultListCommand.describe(cli().object(), sealed);
      result.put("store", store.toString());
      result.put("organisationFingerprint", signingKey.publicKey().fingerprint());
      result.put("organisationKey", store.resolve(VaultFiles.PUBLIC_KEY).toString());
      cli().print(result);
    }
    return ExitCodes.OK;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, SealMetadata.OCTET_STREAM);
  }
}
