package eu.inzage.adapters.replies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export holds, without any of its values: its generation, its categories in the order of
 * first appearance (a section that appears twice is merged into one), and how many record dates
 * could not be read. Holds no personal data, so it may be logged.
 *
 * @param generation the export's generation
 * @param categories the categories, each once
 * @param unparseableDates record dates present but in no format the reader knows ({@code null} and
 *     empty dates are not counted)
 */
public record ExportReading(
    Generation generation, List<Category> categories, long unparseableDates) {

  /** Checks the values; makes the list immutable. */
  public ExportReading {
    Objects.requireNonNull(generation, "generation");
    categories = List.copyOf(categories);
    if (unparseableDates < 0) {
      throw new IllegalArgumentException("unparseableDates must not be negative");
    }
  }

  /** The category of the given name, if the export has it. */
  public Optional<Category> category(String name) {
    return categories.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
