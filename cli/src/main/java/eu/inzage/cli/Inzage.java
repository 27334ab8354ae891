package eu.inzage.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code inzage} command line: GDPR access requests for many people at once. */
@Command(
    name = "inzage",
    mixinStandardHelpOptions = true,
    // --help, -h, --version and -V on every subcommand, answered before required options are
    // checked
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Inzage.Version.class,
    description = {
      "Collective GDPR access requests (Art. 15) for many people at once.",
      "Every subcommand prints one JSON object on stdout.",
      "Exit codes: 0 success, 2 bad input, 1 other failure."
    },
    subcommands = {
      ValidateCommand.class,
      EligibilityCommand.class,
      DeadlineCommand.class,
      StatusCommand.class,
      RecordCommand.class,
      SendCommand.class,
      LetterCommand.class,
      KeysCommand.class,
      VaultCommand.class,
      DirectoryCommand.class,
      IntakeCommand.class,
      AssessCommand.class
    })
public final class Inzage implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SubcommandRequired(spec.commandLine());
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging: route it to SLF4J (warnings only, see
    // simplelogger.properties) so that stderr carries only the one-line error.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err, Clock.systemUTC()));
  }

  /** Runs the command with the given streams and clock; returns the exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err, Clock clock) {
    return execute(args, out, err, clock, System::getenv);
  }

  /** Runs the command with the given streams, clock and environment variables. */
  static int execute(
      String[] args,
      PrintStream out,
      PrintStream err,
      Clock clock,
      java.util.function.UnaryOperator<String> environment) {
    Cli cli = new Cli(out, err, clock, environment);
    CommandLine commandLine = new CommandLine(new Inzage(), new Factory(cli));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          cli.error(describe(ex) + " (see --help)");
          return ExitCodes.BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> cli.fail(cmd.getCommandName(), ex));
    return commandLine.execute(args);
  }

  /** An option name as typed: {@code --name} or {@code -n}; anything else may be a value. */
  private static final java.util.regex.Pattern OPTION_NAME =
      java.util.regex.Pattern.compile("--?[A-Za-z][A-Za-z0-9-]{0,39}");

  /**
   * What was wrong with the command line, naming options but never repeating an argument's value:
   * picocli's own messages quote the values ({@code Unknown options: '--passphrase', 'correct horse
   * battery staple'}), and a value may be a passphrase or a name.
   */
  static String describe(CommandLine.ParameterException ex) {
    String command = ex.getCommandLine().getCommandName();
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      java.util.List<String> names = new java.util.ArrayList<>();
      int values = 0;
      for (String argument : unmatched.getUnmatched()) {
        int equals = argument.indexOf('=');
        String name = equals < 0 ? argument : argument.substring(0, equals);
        if (OPTION_NAME.matcher(name).matches() && names.size() < 10) {
          names.add(name);
        } else {
          values++;
        }
      }
      return command
          + ": "
          + (names.isEmpty() ? "" : "unknown options " + String.join(", ", names))
          + (names.isEmpty() || values == 0 ? "" : " and ")
          + (values == 0 ? "" : values + " unexpected arguments (not repeated)");
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      java.util.List<String> names = new java.util.ArrayList<>();
      for (CommandLine.Model.ArgSpec spec : missing.getMissing()) {
        names.add(argName(spec));
      }
      return command + ": missing " + String.join(", ", names);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
      return command + ": " + argName(overwritten.getOverwritten()) + " given more than once";
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      // built by picocli from the options' names and labels, never from their values
      return command + ": " + ex.getMessage();
    }
    if (ex.getArgSpec() != null) {
      return command + ": invalid value for " + argName(ex.getArgSpec()) + " (not repeated)";
    }
    if (ex instanceof SubcommandRequired) {
      return command + ": " + ex.getMessage();
    }
    return command + ": invalid command line";
  }

  private static String argName(CommandLine.Model.ArgSpec spec) {
    if (spec instanceof CommandLine.Model.OptionSpec option) {
      return option.longestName();
    }
    return spec.paramLabel();
  }

  /** A command that only groups subcommands was run without one. */
  static final class SubcommandRequired extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    SubcommandRequired(CommandLine commandLine) {
      super(commandLine, "a subcommand is required");
    }
  }

  /** Gives every subcommand the shared {@link Cli}. */
  private static final class Factory implements CommandLine.IFactory {
    private final Cli cli;

    Factory(Cli cli) {
      this.cli = cli;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (Subcommand.class.isAssignableFrom(type)) {
        K command = type.getDeclaredConstructor().newInstance();
        ((Subcommand) command).attach(cli);
        return command;
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version from the jar's manifest, or the development version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Inzage.class.getPackage().getImplementationVersion();
      return new String[] {
        "inzage " + (version == null ? "0.1.0-SNAPSHOT" : version), "Java " + Runtime.version()
      };
    }
  }
}
