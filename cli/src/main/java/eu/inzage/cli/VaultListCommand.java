package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inzage vault list}: a participant's sealed objects, from signed manifests only. */
@Command(
    name = "list",
    description = {
      "Lists a participant's sealed objects (ids, controller, sizes, dates; no plaintext).",
      "Manifests are checked against the organisation key pinned by --organisation-key FILE or",
      "--organisation-fingerprint HEX, or else against the key stored in the vault directory",
      "(organisationKeyPinned: false), which detects damage but not a rewritten directory."
    })
final class VaultListCommand extends Subcommand {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(names = "--subject", required = true, paramLabel = "ID", description = "participant id")
  String subject;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OrganisationPin pin;

  @Override
  public Integer call() throws Exception {
    Identifiers.require("--subject", subject);
    VaultFiles.existingStore(store);
    ObjectNode result = cli().object();
    result.put("subject", subject);
    ArrayNode objects = result.putArray("objects");
    if (!java.nio.file.Files.exists(store.resolve(VaultFiles.PUBLIC_KEY))
        && BlobStores.fileSystem(store).list(subject).isEmpty()) {
      // nothing was ever sealed here: an empty list, not an error
      result.put("count", 0);
      result.put("organisationKeyPinned", pin != null);
      cli().print(result);
      return ExitCodes.OK;
    }
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(cli().clock())
            .organisationKey(
                pin == null ? VaultFiles.storedKey(cli(), store) : pin.key(cli(), store))
            .build();
    for (SealedObject object : vault.list(subject)) {
      ObjectNode node = describe(objects.addObject(), object);
      node.remove("subject");
    }
    result.put("count", objects.size());
    result.put("organisationKeyPinned", pin != null);
    cli().print(result);
    return ExitCodes.OK;
  }

  /** The JSON description of a sealed object shared by seal, open and list. */
  static ObjectNode describe(ObjectNode node, SealedObject object) {
    node.put("subject", object.subject());
    node.put("object", object.objectId());
    node.put("controller", object.controller().isEmpty() ? null : object.controller());
    node.put("contentType", object.contentType());
    node.put("plaintextSize", object.plaintextSize());
    node.put("ciphertextSize", object.ciphertextSize());
    node.put("createdAt", object.createdAt().toString());
    node.put("recipientKeyId", object.recipientKeyId());
    node.put("recipientFingerprint", object.recipientFingerprint());
    return node;
  }
}
