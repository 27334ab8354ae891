package eu.inzage.adapters.directory;

/**
 * A record of the directory that was not imported.
 *
 * @param file the record's path relative to the directory, with {@code /} as separator ({@code
 *     companies/acme.json})
 * @param reason why, in at most 200 characters, never quoting a long value of the record
 */
public record Rejection(String file, String reason) {}
