/**
 * Reply intake: reads controllers' answers to access requests (GDPR Art. 15, answered within the
 * period of Art. 12(3)) from an IMAP mailbox, one message at a time, and matches each to its
 * request by the per-request reply address, by the Message-ID it answers, or by the reference
 * number in its subject or text. Attachments (the copy of the personal data of Art. 15(3)) are
 * streamed to a caller-supplied {@link eu.inzage.adapters.intake.AttachmentSink}; a message that
 * cannot be matched or looks hostile is kept aside with a reason, never guessed (see {@code
 * docs/intake.md}).
 */
package eu.inzage.adapters.intake;
