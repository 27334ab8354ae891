package eu.inzage.cli;

import eu.inzage.crypto.OrganisationPublicKey;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The organisation key a vault command pins, one of {@code --organisation-key FILE} and {@code
 * --organisation-fingerprint HEX} (an exclusive argument group of {@code vault list} and, with
 * {@code --unpinned}, of {@code vault open}).
 */
class OrganisationPin {
  @Option(
      names = "--organisation-key",
      required = true,
      paramLabel = "FILE",
      description = "the organisation's public key, pinned")
  Path organisationKey;

  @Option(
      names = "--organisation-fingerprint",
      required = true,
      paramLabel = "HEX",
      description = "the organisation key's fingerprint (sha256:… or 64 hex digits), pinned")
  String fingerprint;

  /** The pinned key (see {@link VaultFiles#pinnedKey}). */
  OrganisationPublicKey key(Cli cli, Path store) throws IOException {
    return VaultFiles.pinnedKey(cli, store, organisationKey, fingerprint);
  }
}
