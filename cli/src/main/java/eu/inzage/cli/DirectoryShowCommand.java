package eu.inzage.cli;

import eu.inzage.adapters.directory.DirectoryImport;
import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.core.validation.Identifiers;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inzage directory show SLUG --from DIR}: one imported controller's profile. */
@Command(
    name = "show",
    description = {
      "Prints the controller profile of one controller of an open directory.",
      "Exit 2 when SLUG is not in the directory or DIR is not a directory."
    })
final class DirectoryShowCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "SLUG", description = "the controller's slug")
  String slug;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "the directory's folder")
  Path from;

  @Override
  public Integer call() throws Exception {
    DirectoryImport imported = DirectoryFolder.read(cli(), "directory show", from);
    if (imported == null) {
      return ExitCodes.BAD_INPUT;
    }
    Optional<ImportedController> controller = imported.company(slug);
    if (controller.isEmpty()) {
      // a slug is lower-case letters, digits and hyphens: repeated only when it is one
      boolean plain = Identifiers.isSlug(slug);
      cli()
          .error(
              "directory show: SLUG "
                  + (plain ? "'" + slug + "' " : "")
                  + "is not a controller of the directory");
      return ExitCodes.BAD_INPUT;
    }
    cli().print(controller.get().profile());
    return ExitCodes.OK;
  }
}
