/**
 * The {@code inzage} command: a stable contract for scripts (see {@code
 * docs/architecture.md#the-inzage-command}). Every subcommand prints one JSON object on stdout and
 * exits 0 on success, 2 on bad input (with a one-line error on stderr that never repeats personal
 * data) and 1 on other failures.
 */
package eu.inzage.cli;
