package eu.inzage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inzage keys}: participant key pairs. */
@Command(
    name = "keys",
    description = "Participant key pairs for the vault.",
    subcommands = {KeysNewCommand.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new Inzage.SubcommandRequired(spec.commandLine());
  }
}
