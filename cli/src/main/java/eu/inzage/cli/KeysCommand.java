package eu.inzage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inzage keys}: participant key pairs and the organisation's signing key. */
@Command(
    name = "keys",
    description = "Participant key pairs, the organisation's signing key and key-encryption keys.",
    subcommands = {KeysNewCommand.class, KeysOrganisationCommand.class, KeysKekCommand.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new Inzage.SubcommandRequired(spec.commandLine());
  }
}
