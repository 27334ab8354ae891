package eu.inzage.cli;

import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.ControllerAdapters;
import eu.inzage.adapters.ControllerRegistry;
import eu.inzage.adapters.directory.ControllerDirectory;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The controllers a command knows: the built-in adapters and, with {@code --directory DIR}, every
 * controller of that open directory (a built-in controller keeps its own facts when the directory
 * has it too).
 */
final class ControllerCatalog {
  private ControllerCatalog() {}

  /**
   * The registry of the built-in adapters and the directory's controllers.
   *
   * @param directory the folder of {@code --directory}, or null
   * @throws InvalidInputException naming {@code --directory} when it is not a folder
   */
  static ControllerRegistry registry(Path directory) throws IOException {
    ControllerRegistry.Builder builder =
        ControllerRegistry.builder().addAll(ControllerAdapters.builtIn());
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new InvalidInputException(
            "--directory", ViolationCode.INVALID_VALUE, "is not a folder");
      }
      builder.directory(ControllerDirectory.read(directory));
    }
    return builder.build();
  }

  /**
   * The adapter of {@code --controller ID} (any case).
   *
   * @throws InvalidInputException naming {@code --controller} when no controller has that id
   */
  static ControllerAdapter require(ControllerRegistry registry, String id, Path directory) {
    return registry
        .find(Cli.asciiLower(id.strip()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "--controller",
                    ViolationCode.INVALID_ID,
                    "unknown controller; built in: tiktok, zoom, palantir"
                        + (directory == null
                            ? "; others with --directory DIR (an open directory)"
                            : "; the directory has "
                                + (registry.adapters().size() - 3)
                                + " more")));
  }
}
