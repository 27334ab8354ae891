/**
 * Internal: the one place that turns Jakarta Validation's results into Inzage violations (the
 * mapping from constraint to {@link eu.inzage.core.ViolationCode}, dotted field paths) and the
 * shared checker behind the model's builders and {@link eu.inzage.core.validation.ModelValidator}.
 * Not exported; may change at any time.
 */
package eu.inzage.core.internal.validation;
