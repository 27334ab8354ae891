package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code --help} and {@code -h} work on every command and subcommand, including those with required
 * options and option groups: exit 0, a usage that names the command on stdout, nothing on stderr.
 */
class HelpTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  /** Every command of the tree, as the words a user types, with both help options. */
  static Stream<Arguments> commands() {
    List<List<String>> paths = new ArrayList<>();
    walk(new CommandLine(new Inzage()), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThanOrEqualTo(13);
    return paths.stream()
        .flatMap(path -> Stream.of(Arguments.of(path, "--help"), Arguments.of(path, "-h")));
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    for (CommandLine sub : command.getSubcommands().values()) {
      List<String> longer = new ArrayList<>(path);
      longer.add(sub.getCommandName());
      walk(sub, longer, into);
    }
  }

  @ParameterizedTest(name = "inzage {0} {1}")
  @MethodSource("commands")
  void help_everyCommand_printsUsageNamingItAndExitsZero(List<String> path, String option) {
    List<String> args = new ArrayList<>(path);
    args.add(option);

    CommandRun run = CommandRun.of(CLOCK, args.toArray(String[]::new));

    String name = String.join(" ", Stream.concat(Stream.of("inzage"), path.stream()).toList());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Usage: " + name).contains("-h, --help");
  }
}
