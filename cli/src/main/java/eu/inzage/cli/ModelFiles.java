package eu.inzage.cli;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.validation.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Reads a model file named by an option, with field paths that start with the file's role. */
final class ModelFiles {
  private ModelFiles() {}

  /**
   * The model in a file, validated.
   *
   * @throws InvalidInputException with every violation's path prefixed ({@code participant.name})
   */
  static <T> T read(
      Cli cli, ModelValidator validator, String option, String prefix, Path file, Class<T> type) {
    try (InputStream in = cli.open(option, file)) {
      return prefixed(prefix, option, () -> validator.read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Field paths of a file's violations start with the file's role: {@code participant.name}. */
  static <T> T prefixed(String prefix, String option, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      if (e.violations().size() == 1 && e.violations().get(0).field().equals(option)) {
        throw e;
      }
      List<Violation> prefixed =
          e.violations().stream()
              .map(
                  v ->
                      new Violation(
                          v.field().isEmpty() ? prefix : prefix + "." + v.field(),
                          v.code(),
                          v.message()))
              .toList();
      throw new InvalidInputException(prefixed);
    }
  }
}
