/**
 * The reply intake's implementation: the IMAP session, the inspection of each message (header and
 * MIME checks, attachment names), the matching rules and the processed-message sets. Not exported.
 */
package eu.inzage.adapters.internal.intake;
