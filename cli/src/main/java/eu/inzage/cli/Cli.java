package eu.inzage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.InzageException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What every subcommand shares: the output streams, the clock and the JSON writer, and the one
 * place where what a subcommand threw becomes an exit code ({@link #fail}). One instance per run of
 * the command.
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

  /**
   * The exit code for what a subcommand threw: {@link ExitCodes#BAD_INPUT} when the input was at
   * fault — invalid input, an event the lifecycle does not allow, an id that does not exist or is
   * already taken, a wrong key, passphrase or recovery key, a login the mail server refused (a
   * wrong user or password, like a wrong passphrase), an output path that names a folder where a
   * file is expected or a file where a folder is; {@link ExitCodes#FAILURE} for everything else —
   * an integrity failure (tampering: the data, not the input, is bad), storage, configuration, a
   * bug.
   */
  public static int exitCode(Throwable thrown) {
    if (thrown instanceof InvalidInputException
        || thrown instanceof DirectoryNotEmptyException
        || thrown instanceof NotDirectoryException
        || thrown instanceof IllegalTransitionException
        || thrown instanceof NotFoundException
        || thrown instanceof AlreadyExistsException
        || thrown instanceof WrongKeyException
        || thrown instanceof eu.inzage.adapters.intake.MailboxLoginException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.FAILURE;
  }

  /**
   * Reports what a subcommand threw: a one-line error on stderr naming the subcommand and the
   * problem, and the exit code from {@link #exitCode}. Messages of Inzage's own exceptions hold no
   * personal data and are printed; of any other exception only the type is named, since its message
   * may quote the input.
   */
  public int fail(String command, Throwable thrown) {
    error(command + ": " + describe(thrown));
    return exitCode(thrown);
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    if (thrown instanceof InzageException && message != null) {
      return message;
    }
    return "failed (" + thrown.getClass().getSimpleName() + ")";
  }

  /**
   * Prints a one-line error on stderr (the caller makes sure it holds no personal data). Control,
   * format and separator characters are escaped (a backslash, {@code u} and four hex digits), so
   * that no input that slipped into a message can break the line or drive the terminal (escape
   * sequences, bidi overrides).
   */
  public void error(String message) {
    err.println("inzage: " + escape(message));
    err.flush();
  }

  /** The message with every character that is not printable text escaped. */
  static String escape(String message) {
    StringBuilder line = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      boolean unprintable =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || type == Character.SURROGATE
              || type == Character.PRIVATE_USE
              || type == Character.UNASSIGNED;
      if (unprintable) {
        line.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        line.append(c);
      }
    }
    return line.toString();
  }

  /**
   * A code or keyword typed on the command line in lower case: only {@code A}–{@code Z} change, so
   * no other character (the Kelvin sign, a dotted capital I) can fold into an ASCII keyword.
   */
  static String asciiLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /**
   * Checks an output file named by an option before any work is done: it must not be a folder (or
   * the root), and its folder must exist or be creatable. Whether an existing special file (a
   * device, a FIFO) may be replaced is decided where the file is written.
   *
   * @throws InvalidInputException naming the option otherwise; the path is not repeated
   */
  public Path outputFile(String option, Path file) {
    if (Files.isDirectory(file) || file.toAbsolutePath().getParent() == null) {
      throw new InvalidInputException(
          option, eu.inzage.core.ViolationCode.INVALID_VALUE, "is a folder, not a file");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InvalidInputException(
          option, eu.inzage.core.ViolationCode.INVALID_VALUE, "its folder is a file");
    }
    return file;
  }

  /**
   * Opens an input file named by an option.
   *
   * @throws InvalidInputException naming the option when the file is missing, a folder or
   *     unreadable; the path itself is not repeated, since file names can contain names
   */
  public InputStream open(String option, Path file) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(
          option, eu.inzage.core.ViolationCode.INVALID_VALUE, "is a folder, not a file");
    }
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
