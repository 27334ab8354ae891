package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.LocalKeyEncryptionKeys;
import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.Release;
import eu.inzage.crypto.ShredKeys;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage vault release}: the organisation removes the shred layer from a participant's key
 * slots and writes the key slots inside to a directory of their own, which goes to the participant
 * with their objects (GDPR Art. 15(3); crypto/FORMAT.md 10.1). What it writes opens only with the
 * participant's private key; {@code inzage vault open --released DIR} reads it.
 */
@Command(
    name = "release",
    description = {
      "Removes the shred layer from a participant's key slots into DIR, for the participant.",
      "Needs the shred keys and the key-encryption keys; what it writes opens only with the",
      "participant's private key (inzage vault open --released DIR). The vault keeps its layer."
    })
final class VaultReleaseCommand extends Subcommand {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(
      names = "--shred-keys",
      required = true,
      paramLabel = "DIR",
      description = "the shred-key store")
  Path shredKeys;

  @Option(
      names = "--kek",
      required = true,
      paramLabel = "FILE",
      description = "the organisation's key-encryption keys (kek.json)")
  Path kek;

  @Option(
      names = "--organisation-key",
      paramLabel = "FILE",
      description = "pinned organisation public key")
  Path organisationKey;

  @Option(names = "--subject", required = true, paramLabel = "ID", description = "participant id")
  String subject;

  @Option(
      names = "--object",
      paramLabel = "ID",
      description = "only this object (default: every object of the participant)")
  String object;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "directory for the released key slots (created when missing)")
  Path out;

  @Override
  public Integer call() throws Exception {
    Identifiers.require("--subject", subject);
    if (object != null) {
      Identifiers.require("--object", object);
    }
    VaultFiles.existingStore(store);
    if (!Files.isDirectory(shredKeys)) {
      throw new InvalidInputException(
          "--shred-keys", ViolationCode.REQUIRED, "no such shred-key directory");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InvalidInputException("--out", ViolationCode.INVALID_VALUE, "must be a directory");
    }
    // pinned when --organisation-key is given, else the key the store holds (the organisation's
    // own)
    OrganisationPublicKey verifyWith =
        organisationKey != null
            ? VaultFiles.readKey(
                cli(), "--organisation-key", organisationKey, OrganisationPublicKey::read)
            : VaultFiles.storedKey(cli(), store);
    LocalKeyEncryptionKeys keys =
        VaultFiles.readKey(cli(), "--kek", kek, LocalKeyEncryptionKeys::readUnprotected);
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(cli().clock())
            .organisationKey(verifyWith)
            .shredKeys(ShredKeys.of(BlobStores.fileSystem(shredKeys), keys))
            .build();
    BlobStore target = BlobStores.fileSystem(out);
    Release release =
        object == null ? vault.release(subject, target) : vault.release(subject, object, target);
    ObjectNode result = cli().object();
    result.put("subject", subject);
    release.objectIds().forEach(result.putArray("released")::add);
    result.put("count", release.objectIds().size());
    result.put("out", out.toString());
    result.put("organisationFingerprint", verifyWith.fingerprint());
    cli().print(result);
    return ExitCodes.OK;
  }
}
