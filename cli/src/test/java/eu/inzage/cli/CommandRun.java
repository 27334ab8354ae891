package eu.inzage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * One run of the {@code inzage} command in-process, as a user would run it: the exit code and what
 * it printed on stdout and stderr.
 *
 * @param exit the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CommandRun(int exit, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the command with the given clock and no environment variables. */
  static CommandRun of(Clock clock, String... args) {
    return of(clock, Map.of(), args);
  }

  /** Runs the command with the given clock and environment variables. */
  static CommandRun of(Clock clock, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Inzage.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            clock,
            environment::get);
    return new CommandRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The JSON object printed on stdout. */
  JsonNode json() throws IOException {
    return JSON.readTree(out);
  }
}
