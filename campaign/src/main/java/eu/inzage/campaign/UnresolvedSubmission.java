package eu.inzage.campaign;

import java.time.Instant;

/**
 * A submission whose intent was recorded but whose receipt never was: the process stopped, or the
 * connection broke, between the two. Whether the controller received it is unknown, so it is never
 * sent again on its own; an operator checks (the Message-ID in the mail server's log, the outbox)
 * and resolves it through the store's {@link eu.inzage.adapters.channels.SentLedger}: {@code
 * recordReceipt} when it was sent, {@code clearIntent} when it was not.
 *
 * @param reference the request's reference
 * @param messageId the Message-ID of the message meant
 * @param intentAt when the send was started
 */
public record UnresolvedSubmission(String reference, String messageId, Instant intentAt) {}
