package eu.inzage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.json.InzageJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every subcommand shares: the output streams, the clock and the JSON writer. One instance per
 * run of the command.
 */
public final class Cli {
  private static final ObjectMapper MAPPER = InzageJson.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final java.util.function.UnaryOperator<String> environment;

  Cli(PrintStream out, PrintStream err, Clock clock) {
    this(out, err, clock, System::getenv);
  }

  Cli(
      PrintStream out,
      PrintStream err,
      Clock clock,
      java.util.function.UnaryOperator<String> environment) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.environment = environment;
  }

  /** The value of an environment variable (for secrets named by {@code --...-env} options). */
  public String env(String name) {
    return environment.apply(name);
  }

  /** The clock for "today" and timestamps. */
  public Clock clock() {
    return clock;
  }

  /** A new, empty JSON object for a subcommand's result. */
  public ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The mapper, to turn model values into JSON trees. */
  public ObjectMapper mapper() {
    return MAPPER;
  }

  /** Prints the result object on stdout. */
  public void print(Object result) {
    try {
      out.println(WRITER.writeValueAsString(result));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints a one-line error on stderr (the caller makes sure it holds no personal data). */
  public void error(String message) {
    err.println("inzage: " + message.replace('\n', ' ').replace('\r', ' '));
    err.flush();
  }

  /**
   * Opens an input file named by an option.
   *
   * @throws InvalidInputException naming the option when the file is missing or unreadable; the
   *     path itself is not repeated, since file names can contain names
   */
  public InputStream open(String option, Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          option, eu.inzage.core.ViolationCode.REQUIRED, "file not found");
    } catch (IOException e) {
      throw new InvalidInputException(
          option, eu.inzage.core.ViolationCode.REQUIRED, "file cannot be read");
    }
  }
}
