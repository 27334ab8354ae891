package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README is tested: every {@code ```bash} block in {@code README.md} runs, in the order of the
 * README, in one fresh working directory that holds a copy of {@code docs/samples/}, as a new user
 * would type it; each {@code ./inzage} command runs in-process through {@link Inzage#execute} (the
 * launcher's entry point) with a fixed clock ({@value #TODAY}).
 *
 * <p>What a block may hold, line by line (a trailing {@code \} continues a line, {@code #} starts a
 * comment):
 *
 * <ul>
 *   <li>{@code ./inzage …}, optionally after {@code NAME='value'} assignments for that command: it
 *       must exit 0, or the code in a trailing comment {@code # exits N};
 *   <li>{@code export NAME=value}: an environment variable for the commands that follow;
 *   <li>{@code keytool …}: the JDK's keytool, run as a process in the working directory;
 *   <li>{@code mvn …}: skipped (the build that runs this test is that command).
 * </ul>
 *
 * Anything else fails the test, so that the README cannot show a command that is not run.
 *
 * <p>A {@code ```json} block that follows a bash block with only blank lines between is the output
 * of the block's last {@code ./inzage} command. Both are parsed and compared as JSON, exactly,
 * except where the README elides:
 *
 * <ul>
 *   <li>the value {@code "…"} matches any value (the field must be there): for values that vary
 *       from run to run (keys, fingerprints, hashes and sizes of PDFs);
 *   <li>a member {@code "…": "…"} in an object allows members the README does not show;
 *   <li>{@code "…"} as the last element of an array allows further elements.
 * </ul>
 *
 * Paths in the output are shown relative to the working directory (its absolute path is removed
 * before comparing).
 */
class ReadmeTest {
  /** The fixed "now" of every command the README shows. */
  static final String TODAY = "2026-01-15T10:00:00Z";

  private static final Clock CLOCK = Clock.fixed(Instant.parse(TODAY), ZoneOffset.UTC);
  private static final Path README = Path.of("../README.md");
  private static final Path SAMPLES = Path.of("../docs/samples");
  private static final String ELIDED = "…";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXIT = Pattern.compile("#\\s*exits?\\s+(\\d+)");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  @TempDir Path work;

  /** A fenced block of the README: its language, first line number and text. */
  record Block(String language, int line, String text) {}

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("```")) {
        continue;
      }
      String language = line.substring(3).strip();
      StringBuilder text = new StringBuilder();
      int start = i + 1;
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        text.append(lines.get(i)).append('\n');
      }
      blocks.add(new Block(language, start, text.toString()));
    }
    return blocks;
  }

  @Test
  void readme_everyCommandBlock_runsOnTheShippedSamplesAndPrintsWhatTheReadmeShows()
      throws Exception {
    copy(SAMPLES, work.resolve("docs/samples"));
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Block> blocks = blocks(lines);
    Map<String, String> exported = new HashMap<>();
    int commands = 0;
    int compared = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (!block.language().equals("bash")) {
        continue;
      }
      CommandRun last = null;
      String lastCommand = null;
      for (String command : commands(block.text())) {
        String where = "README.md line " + block.line() + ": " + command;
        Matcher exit = EXIT.matcher(command);
        int expectedExit = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        List<String> words = words(stripComment(command));
        if (words.isEmpty() || words.get(0).equals("mvn")) {
          continue;
        }
        if (words.get(0).equals("export")) {
          for (String assignment : words.subList(1, words.size())) {
            int eq = assignment.indexOf('=');
            exported.put(assignment.substring(0, eq), assignment.substring(eq + 1));
          }
          continue;
        }
        if (words.get(0).equals("keytool")) {
          keytool(where, words, exported);
          continue;
        }
        Map<String, String> environment = new HashMap<>(exported);
        while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
          String assignment = words.remove(0);
          int eq = assignment.indexOf('=');
          environment.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        if (words.isEmpty() || !words.get(0).equals("./inzage")) {
          fail(where + ": only ./inzage, export, keytool and mvn are run; see ReadmeTest");
        }
        CommandRun run =
            CommandRun.of(CLOCK, environment, arguments(words.subList(1, words.size())));
        assertThat(run.exit()).as(where + "\nstderr: " + run.err()).isEqualTo(expectedExit);
        commands++;
        last = run;
        lastCommand = where;
      }
      Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
      if (next != null && next.language().equals("json") && adjacent(lines, block, next)) {
        assertThat(last).as("README.md line " + next.line() + ": output of no command").isNotNull();
        String actual = last.out().replace(work.toAbsolutePath() + File.separator, "");
        List<String> differences = new ArrayList<>();
        compare("", JSON.readTree(next.text()), JSON.readTree(actual), differences);
        assertThat(differences)
            .as(
                lastCommand
                    + " printed:\n"
                    + actual
                    + "\nthe README shows (line "
                    + next.line()
                    + ")")
            .isEmpty();
        compared++;
      }
    }
    assertThat(commands).as("./inzage commands run").isGreaterThanOrEqualTo(15);
    assertThat(compared).as("outputs compared").isGreaterThanOrEqualTo(8);
  }

  @Test
  void compare_elisions_matchAsDocumented() throws Exception {
    List<String> differences = new ArrayList<>();
    compare(
        "",
        JSON.readTree("{\"a\":\"…\",\"b\":[1,\"…\"],\"…\":\"…\"}"),
        JSON.readTree("{\"a\":{\"x\":1},\"b\":[1,2,3],\"c\":true}"),
        differences);
    assertThat(differences).isEmpty();

    compare(
        "",
        JSON.readTree("{\"a\":\"…\",\"b\":[1,2]}"),
        JSON.readTree("{\"b\":[1,3],\"c\":true}"),
        differences);
    assertThat(differences)
        .containsExactly("/a: missing", "/b/1: expected 2, got 3", "/c: not in the README");
  }

  /** Whether only blank lines stand between two blocks. */
  private static boolean adjacent(List<String> lines, Block first, Block second) {
    int end = first.line() + (int) first.text().lines().count(); // the closing fence
    for (int i = end + 1; i < second.line() - 1; i++) {
      if (!lines.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The commands of a block: continued lines joined. */
  static List<String> commands(String text) {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      if (!current.toString().isBlank()) {
        commands.add(current.toString().strip());
      }
      current.setLength(0);
    }
    return commands;
  }

  /** The command without a comment: a {@code #} at the start or after a blank, outside quotes. */
  static String stripComment(String command) {
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
        return command.substring(0, i);
      }
    }
    return command;
  }

  /** The shell words of a command: blanks separate, quotes group and are removed. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * The arguments with every path option resolved against the working directory: the command runs
   * in-process, where the current directory is the module's.
   */
  private String[] arguments(List<String> words) {
    CommandLine command = new CommandLine(new Inzage());
    List<String> args = new ArrayList<>();
    int i = 0;
    while (i < words.size() && command.getSubcommands().containsKey(words.get(i))) {
      command = command.getSubcommands().get(words.get(i));
      args.add(words.get(i++));
    }
    CommandSpec spec = command.getCommandSpec();
    for (; i < words.size(); i++) {
      String word = words.get(i);
      int eq = word.indexOf('=');
      String name = eq < 0 ? word : word.substring(0, eq);
      OptionSpec option = word.startsWith("-") ? spec.findOption(name) : null;
      boolean path = option != null && option.type() == Path.class;
      if (path && eq >= 0) {
        args.add(name + "=" + work.resolve(word.substring(eq + 1)));
      } else if (path && i + 1 < words.size()) {
        args.add(word);
        args.add(work.resolve(words.get(++i)).toString());
      } else {
        args.add(word);
      }
    }
    return args.toArray(String[]::new);
  }

  /** Runs the JDK's keytool in the working directory with the exported variables. */
  private void keytool(String where, List<String> words, Map<String, String> exported)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(words);
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().putAll(exported);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(where).isTrue();
    assertThat(process.exitValue()).as(where + "\n" + output).isZero();
  }

  /** Compares what the README shows with what the command printed, with the elisions above. */
  static void compare(String at, JsonNode shown, JsonNode actual, List<String> differences) {
    if (shown.isTextual() && shown.asText().equals(ELIDED)) {
      return;
    }
    if (shown.isObject() && actual.isObject()) {
      boolean open = shown.has(ELIDED);
      for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals(ELIDED)) {
          continue;
        }
        String path = at + "/" + field.getKey();
        if (!actual.has(field.getKey())) {
          differences.add(path + ": missing");
        } else {
          compare(path, field.getValue(), actual.get(field.getKey()), differences);
        }
      }
      if (!open) {
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!shown.has(name)) {
            differences.add(at + "/" + name + ": not in the README");
          }
        }
      }
      return;
    }
    if (shown.isArray() && actual.isArray()) {
      int size = shown.size();
      boolean open =
          size > 0
              && shown.get(size - 1).isTextual()
              && shown.get(size - 1).asText().equals(ELIDED);
      int compared = open ? size - 1 : size;
      if (open ? actual.size() < compared : actual.size() != compared) {
        differences.add(at + ": " + actual.size() + " elements, the README shows " + compared);
        return;
      }
      for (int i = 0; i < compared; i++) {
        compare(at + "/" + i, shown.get(i), actual.get(i), differences);
      }
      return;
    }
    if (!shown.equals(actual)) {
      differences.add(at + ": expected " + shown + ", got " + actual);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
