package eu.inzage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inzage vault}: seal, open, list and shred what controllers sent back (GDPR Art. 15(3),
 * 17).
 */
@Command(
    name = "vault",
    description = "Seals controllers' exports so that only the participant can read them.",
    subcommands = {
      VaultSealCommand.class,
      VaultOpenCommand.class,
      VaultListCommand.class,
      VaultShredCommand.class,
      VaultReleaseCommand.class
    })
final class VaultCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new Inzage.SubcommandRequired(spec.commandLine());
  }
}
