/**
 * Internal: the constraint annotations on the model types and their validators, and the mapping
 * from constraint to {@link eu.inzage.core.ViolationCode}. Not exported; may change at any time.
 */
package eu.inzage.core.internal.validation;
