package eu.inzage.cli;

import java.util.concurrent.Callable;

/**
 * The base of every subcommand: gets the shared {@link Cli} and returns an exit code from {@link
 * ExitCodes}. Throw {@link eu.inzage.core.InvalidInputException} for bad input (exit 2, one-line
 * error); anything else exits 1.
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
