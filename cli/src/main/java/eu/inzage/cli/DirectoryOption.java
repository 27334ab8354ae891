package eu.inzage.cli;

import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.ControllerRegistry;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --directory DIR}: the open directory whose controllers {@code --controller} may name. */
final class DirectoryOption {
  @Option(
      names = "--directory",
      paramLabel = "DIR",
      description =
          "an open controller directory (datarequests.org format) whose companies --controller"
              + " may name; a built-in controller keeps its own facts")
  Path directory;

  /** The adapter of {@code --controller ID}: built in, or from {@code --directory}. */
  ControllerAdapter adapter(String id) throws IOException {
    return ControllerCatalog.require(registry(), id, directory);
  }

  /** The built-in controllers and, with {@code --directory}, the directory's. */
  ControllerRegistry registry() throws IOException {
    return ControllerCatalog.registry(directory);
  }
}
