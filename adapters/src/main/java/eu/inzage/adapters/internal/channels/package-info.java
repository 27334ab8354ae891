/**
 * The implementation of {@link eu.inzage.adapters.channels}: MIME assembly, the SMTP delivery with
 * its failure classification, the outbox writer, the sent ledgers and the retrying submitter. Not
 * exported; may change without notice.
 */
package eu.inzage.adapters.internal.channels;
