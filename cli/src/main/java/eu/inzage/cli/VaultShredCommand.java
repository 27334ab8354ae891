package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.Erasure;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage vault shred}: crypto-shreds everything of one participant (GDPR Art. 17) — every
 * key slot first, so that no copy of the data can be opened any more, then the data blobs and the
 * manifests — and prints what was destroyed. Shredding a participant with nothing left destroys
 * nothing and succeeds.
 */
@Command(
    name = "shred",
    description = {
      "Crypto-shreds everything of a participant: key slots first, then data and manifests.",
      "Prints what was destroyed; a participant with nothing stored gives zero counts."
    })
final class VaultShredCommand extends Subcommand {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(names = "--subject", required = true, paramLabel = "ID", description = "participant id")
  String subject;

  @Override
  public Integer call() throws Exception {
    Identifiers.require("--subject", subject);
    VaultFiles.existingStore(store);
    // erasure needs no key: it must work even when the organisation's keys are gone
    Vault vault = Vault.builder().store(BlobStores.fileSystem(store)).clock(cli().clock()).build();
    Erasure erasure = vault.shred(subject);
    ObjectNode result = cli().object();
    result.put("subject", subject);
    result.put("store", store.toString());
    result.put("shreddedAt", cli().clock().instant().toString());
    erasure.objects().forEach(result.putArray("objects")::add);
    result.put("count", erasure.objects().size());
    ObjectNode destroyed = result.putObject("destroyed");
    destroyed.put("keySlots", erasure.keySlots());
    destroyed.put("shredKey", erasure.shredKey());
    destroyed.put("dataBlobs", erasure.dataBlobs());
    destroyed.put("manifests", erasure.manifests());
    destroyed.put("otherBlobs", erasure.otherBlobs());
    cli().print(result);
    return ExitCodes.OK;
  }
}
