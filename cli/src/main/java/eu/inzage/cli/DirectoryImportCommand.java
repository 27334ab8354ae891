package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.directory.DirectoryImport;
import eu.inzage.adapters.directory.Rejection;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inzage directory import --from DIR}: reads a directory and says what it holds. */
@Command(
    name = "import",
    description = {
      "Reads an open controller directory (companies/ and supervisory-authorities/ with their"
          + " JSON Schemas).",
      "Prints {companies, authorities, rejected[{file, reason}]}; exit 0 even when records are"
          + " rejected, 2 when DIR is not a directory."
    })
final class DirectoryImportCommand extends Subcommand {
  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "the directory's folder")
  Path from;

  @Override
  public Integer call() throws Exception {
    DirectoryImport imported = DirectoryFolder.read(cli(), "directory import", from);
    if (imported == null) {
      return ExitCodes.BAD_INPUT;
    }
    ObjectNode result = cli().object();
    result.put("companies", imported.companies().size());
    result.put("authorities", imported.authorities().size());
    ArrayNode rejected = result.putArray("rejected");
    for (Rejection rejection : imported.rejected()) {
      rejected.addObject().put("file", rejection.file()).put("reason", rejection.reason());
    }
    cli().print(result);
    return ExitCodes.OK;
  }
}
