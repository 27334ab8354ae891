package eu.inzage.adapters.channels;

import eu.inzage.core.InvalidInputException;

/**
 * A way to deliver an {@link EmailSubmission}: {@link SmtpChannel} or {@link Outbox}. Each
 * submission is assembled once into MIME bytes, recorded as an intent in a {@link SentLedger},
 * delivered, and its {@link SubmissionReceipt} recorded; a reference with a receipt is never sent
 * again.
 */
public interface MailChannel {

  /**
   * Sends (or writes) the submission once.
   *
   * @return the receipt: a new one, or the recorded one when this reference was sent before (then
   *     nothing is sent)
   * @throws UnresolvedSubmissionException when an earlier send of this reference has an unknown
   *     outcome
   * @throws UncertainSubmissionException when this send failed after the message may have been
   *     accepted; the intent stays recorded
   * @throws SubmissionFailedException when nothing was accepted (the intent is removed)
   * @throws InvalidInputException never for a built submission; every check ran in its builder
   */
  SubmissionReceipt submit(EmailSubmission submission);
}
