/**
 * Who may join a collective access request (see {@code docs/law/eligibility.md}): {@link
 * eu.inzage.core.eligibility.EligibilityPolicy} with the built-in {@code somi-2021} policy (EU-27,
 * IS, LI, NO and CH, 18 or over), and {@link eu.inzage.core.eligibility.Eligibility}, which lists
 * every {@link eu.inzage.core.eligibility.EligibilityReason} at once.
 */
package eu.inzage.core.eligibility;
