package eu.inzage.cli;

import java.util.concurrent.Callable;

/**
 * The base of every subcommand: gets the shared {@link Cli} and returns an exit code from {@link
 * ExitCodes}. Throw Inzage's exceptions; {@link Cli#exitCode} maps them in one place (bad input,
 * not found, already exists, wrong key: exit 2 with a one-line error; anything else: exit 1).
 */
public abstract class Subcommand implements Callable<Integer> {
  private Cli cli;

  final void attach(Cli cli) {
    this.cli = cli;
  }

  /** The shared output, clock and JSON support. */
  protected final Cli cli() {
    return cli;
  }
}
