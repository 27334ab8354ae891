/**
 * JSON, the interchange format of every model type: one Jackson module ({@link
 * eu.inzage.core.json.InzageJacksonModule}) and a configured, immutable entry point ({@link
 * eu.inzage.core.json.InzageJson}) that turns malformed input into field-level violations.
 *
 * <p>Errors: malformed or invalid input is an {@link eu.inzage.core.InvalidInputException}. Writing
 * to the caller's {@code OutputStream} declares the checked {@link java.io.IOException} of that
 * stream; reading from the caller's {@code InputStream} reports a failing stream as an {@link
 * eu.inzage.core.StorageException} whose cause is the {@code IOException}. A bundled reference file
 * that cannot load (the built-in controllers and authorities) is a {@link
 * eu.inzage.core.ConfigurationException}.
 */
package eu.inzage.core.json;
