package eu.inzage.cli;

import eu.inzage.adapters.directory.ControllerDirectory;
import eu.inzage.adapters.directory.DirectoryImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the folder given as {@code --from} for the directory commands. */
final class DirectoryFolder {
  private DirectoryFolder() {}

  /** The import, or null after a one-line error when {@code --from} is not a directory. */
  static DirectoryImport read(Cli cli, String command, Path from) throws IOException {
    if (!Files.isDirectory(from)) {
      cli.error(command + ": --from is not a directory");
      return null;
    }
    return ControllerDirectory.read(from);
  }
}
