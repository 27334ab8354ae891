/**
 * The constraint annotations of the Inzage model, for any type that holds the same kinds of values
 * (names, addresses, e-mail addresses, country and language codes, ids): annotate a field and
 * validate it with {@link eu.inzage.core.validation.ModelValidator}, and a violation carries the
 * same field path and {@link eu.inzage.core.ViolationCode} as the model's own. The annotations are
 * standard Jakarta Validation constraints, so any Jakarta Validation provider checks them as well.
 * Each judges presence or form only; whether a value is allowed in a campaign is a rule of {@link
 * eu.inzage.core.eligibility}.
 */
package eu.inzage.core.validation.constraints;
