package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.OrganisationPublicKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage vault open}: opens one sealed object into a file, which appears only after the
 * whole stream verified; tampering exits 1 with a one-line error and leaves no plaintext behind.
 */
@Command(
    name = "open",
    description = {
      "Opens a sealed object with the participant's private key into FILE.",
      "FILE appears only after everything verified; tampering exits 1 and leaves nothing,",
      "and no plaintext outlives an interrupted run.",
      "The manifest signature is checked against a pinned organisation key: exactly one of",
      "--organisation-key FILE, --organisation-fingerprint HEX, or --unpinned (which trusts",
      "the key inside the vault directory and says on stderr what that does not protect against).",
      "--released reads key slots whose shred layer the organisation removed (vault release)."
    })
final class VaultOpenCommand extends Subcommand {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "PRIVATE",
      description = "the participant's private.json")
  Path key;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the passphrase or the recovery key")
  String passphraseEnv;

  /** How the organisation key is pinned: exactly one of the three. */
  static final class Pin extends OrganisationPin {
    @Option(
        names = "--unpinned",
        required = true,
        description = "trust the organisation key inside the vault directory (not recommended)")
    boolean unpinned;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Pin pin;

  /** What an unpinned open does not protect against, said on stderr. */
  static final String UNPINNED_WARNING =
      "warning: --unpinned checks the manifest signature against the organisation key stored in"
          + " the vault directory itself; that detects damage, but not someone able to rewrite the"
          + " vault directory (swap its key file and re-sign forged objects). Pin the key with"
          + " --organisation-key or --organisation-fingerprint.";

  @Option(names = "--subject", required = true, paramLabel = "ID", description = "participant id")
  String subject;

  @Option(names = "--object", required = true, paramLabel = "ID", description = "object id")
  String object;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "plaintext output")
  Path out;

  @Option(
      names = "--released",
      paramLabel = "DIR",
      description = "key slots the organisation released (inzage vault release), for shred layers")
  Path released;

  private OrganisationPublicKey verificationKey() throws java.io.IOException {
    if (!pin.unpinned) {
      return pin.key(cli(), store);
    }
    cli().error(UNPINNED_WARNING);
    return VaultFiles.storedKey(cli(), store);
  }

  @Override
  public Integer call() throws Exception {
    Identifiers.require("--subject", subject);
    Identifiers.require("--object", object);
    VaultFiles.existingStore(store);
    Path outDir = out.toAbsolutePath().getParent();
    if (java.nio.file.Files.isDirectory(out)
        || outDir == null
        || !java.nio.file.Files.isDirectory(outDir)) {
      throw new eu.inzage.core.InvalidInputException(
          "--out",
          eu.inzage.core.ViolationCode.INVALID_VALUE,
          "must name a file in an existing directory");
    }
    OrganisationPublicKey verifyWith = verificationKey();
    char[] secret = passphraseEnv == null ? null : VaultFiles.secret(cli(), passphraseEnv);
    ParticipantPrivateKey privateKey;
    try {
      byte[] file = VaultFiles.readBytes(cli(), "--key", key);
      privateKey =
          VaultFiles.named(
              "--key",
              () ->
                  ParticipantPrivateKey.isProtected(new ByteArrayInputStream(file))
                      ? ParticipantPrivateKey.read(new ByteArrayInputStream(file), secret)
                      : ParticipantPrivateKey.readUnprotected(new ByteArrayInputStream(file)));
    } finally {
      if (secret != null) {
        Arrays.fill(secret, '\0');
      }
    }
    Vault.Builder builder =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(cli().clock())
            .organisationKey(verifyWith);
    if (released != null) {
      builder.releasedKeySlots(
          BlobStores.fileSystem(VaultFiles.existingDirectory("--released", released)));
    }
    Vault vault = builder.build();
    VaultFiles.warmUpFor(vault.describe(subject, object).plaintextSize());
    SealedObject opened = vault.openTo(subject, object, privateKey, out);
    ObjectNode result = VaultListCommand.describe(cli().object(), opened);
    result.put("out", out.toString());
    result.put("organisationFingerprint", verifyWith.fingerprint());
    result.put("organisationKeyPinned", !pin.unpinned);
    cli().print(result);
    return ExitCodes.OK;
  }
}
