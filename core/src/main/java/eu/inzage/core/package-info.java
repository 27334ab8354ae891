/**
 * The root of Inzage's API: the one error model shared by every module, and the violation codes of
 * input validation.
 *
 * <p>Everything the library decides is an unchecked {@link eu.inzage.core.InzageException}:
 *
 * <ul>
 *   <li>{@link eu.inzage.core.InvalidInputException}: input rejected, with every violation's field
 *       path, code and reason; nothing was changed;
 *   <li>{@link eu.inzage.core.NotFoundException}: the thing asked for by id does not exist;
 *   <li>{@link eu.inzage.core.AlreadyExistsException}: a create-only operation found its target
 *       taken;
 *   <li>{@link eu.inzage.core.IntegrityException}: stored or received data failed verification
 *       (tampered, truncated, swapped, signed by another key);
 *   <li>{@link eu.inzage.core.WrongKeyException}: the key or passphrase offered does not open it;
 *   <li>{@link eu.inzage.core.lifecycle.IllegalTransitionException}: an event not allowed in the
 *       request's status;
 *   <li>{@link eu.inzage.core.StorageException}: the storage underneath failed (wrapping the {@link
 *       java.io.IOException});
 *   <li>{@link eu.inzage.core.ConfigurationException}: Inzage was configured inconsistently.
 * </ul>
 *
 * <p>A checked {@link java.io.IOException} is thrown only where the caller's own stream is read or
 * written (an {@code InputStream} or {@code OutputStream} the caller passed in). Messages name
 * fields, ids and codes, never personal data (GDPR Art. 5(1)(f)), so every message is safe to log.
 */
package eu.inzage.core;
