package eu.inzage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inzage directory}: the open controller directory (the datarequests.org format). */
@Command(
    name = "directory",
    description = "Controllers and supervisory authorities from the open directory.",
    subcommands = {DirectoryImportCommand.class, DirectoryShowCommand.class})
final class DirectoryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new Inzage.SubcommandRequired(spec.commandLine());
  }
}
