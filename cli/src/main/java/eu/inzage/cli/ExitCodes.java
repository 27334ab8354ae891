package eu.inzage.cli;

/**
 * The exit codes of the {@code inzage} command (see {@code
 * docs/architecture.md#the-inzage-command}).
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A failure that is not the input's fault (I/O, a tampered vault object, a bug). */
  public static final int FAILURE = 1;

  /** Bad input: unreadable, malformed or invalid. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
