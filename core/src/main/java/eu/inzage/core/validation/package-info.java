/**
 * Validation of model values with Jakarta Validation (Hibernate Validator): every violation as a
 * dotted field path, a stable {@link eu.inzage.core.ViolationCode} and a message that never repeats
 * the value. Time is injected, so "a birth date in the future" is judged against the caller's
 * {@link java.time.Clock}.
 */
package eu.inzage.core.validation;
