/**
 * Submission channels: how an access request (GDPR Art. 15) reaches the controller. The one-month
 * period of Art. 12(3) runs from the day the request reaches the controller (EDPB Guidelines
 * 01/2022 §159), so each submission leaves a proof: a {@link
 * eu.inzage.adapters.channels.SubmissionReceipt} with the Message-ID, the instant and the SHA-256
 * of the exact bytes sent, which becomes the lifecycle's {@code Submitted} event.
 *
 * <p>An {@link eu.inzage.adapters.channels.EmailSubmission} is checked in full before anything is
 * sent (no header injection, RFC 2047 for non-ASCII names and subjects). A {@link
 * eu.inzage.adapters.channels.MailChannel} sends it: {@link
 * eu.inzage.adapters.channels.SmtpChannel} over SMTP (STARTTLS, implicit TLS, or plain for local
 * relays) or {@link eu.inzage.adapters.channels.Outbox} into a folder of {@code .eml} files. Both
 * consult a {@link eu.inzage.adapters.channels.SentLedger} so that a request is never sent twice
 * (see {@code docs/channels.md}).
 */
package eu.inzage.adapters.channels;
