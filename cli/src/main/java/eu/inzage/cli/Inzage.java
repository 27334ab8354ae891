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
      LetterCommand.class,
      KeysCommand.class,
      VaultCommand.class
    })
public final class Inzage implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
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
          cli.error(ex.getMessage() + " (see --help)");
          return ExitCodes.BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> cli.fail(cmd.getCommandName(), ex));
    return commandLine.execute(args);
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
