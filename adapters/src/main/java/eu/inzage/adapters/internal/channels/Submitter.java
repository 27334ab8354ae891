package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.EmailSubmission;
import eu.inzage.adapters.channels.MailChannel;
import eu.inzage.adapters.channels.RetryPolicy;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.Sleeper;
import eu.inzage.adapters.channels.SubmissionFailedException;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.adapters.channels.UncertainSubmissionException;
import eu.inzage.adapters.channels.UnresolvedSubmissionException;
import eu.inzage.core.InzageException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one submission procedure of every channel: look the reference up in the ledger, assemble the
 * bytes once, record the intent, deliver with retries of transient failures only, record the
 * receipt. Logs references, Message-IDs and counts, never addresses. An unexpected exception from a
 * delivery (a defect) propagates with the intent kept: nobody can say what was sent.
 */
public final class Submitter implements MailChannel {
  private static final Logger LOG = LoggerFactory.getLogger(Submitter.class);

  private final Delivery delivery;
  private final SentLedger ledger;
  private final Clock clock;
  private final RetryPolicy retry;
  private final Sleeper sleeper;

  /** A submitter over one delivery. */
  public Submitter(
      Delivery delivery, SentLedger ledger, Clock clock, RetryPolicy retry, Sleeper sleeper) {
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public SubmissionReceipt submit(EmailSubmission submission) {
    String reference = submission.reference();
    Optional<SentLedger.Entry> known = ledger.find(reference);
    if (known.isPresent()) {
      SentLedger.Entry entry = known.get();
      if (entry.receipt() == null) {
        throw new UnresolvedSubmissionException(reference, entry.messageId());
      }
      LOG.info("submission {} already sent as {}; not sent again", reference, entry.messageId());
      return entry.receipt();
    }

    AssembledMessage message = MimeAssembler.assemble(submission, clock);
    ledger.recordIntent(reference, message.messageId(), clock.instant());
    deliverWithRetries(message);
    SubmissionReceipt receipt =
        new SubmissionReceipt(
            reference,
            delivery.route(),
            message.messageId(),
            clock.instant(),
            message.sha256(),
            message.recipients(),
            message.attachmentNames());
    ledger.recordReceipt(receipt);
    LOG.info(
        "submission {} delivered by {} as {} ({} recipients, {} attachments, {} bytes)",
        reference,
        delivery.route(),
        message.messageId(),
        message.recipients().size(),
        message.attachmentNames().size(),
        message.bytes().length);
    return receipt;
  }

  private void deliverWithRetries(AssembledMessage message) {
    String reference = message.reference();
    for (int attempt = 1; ; attempt++) {
      try {
        delivery.deliver(message);
        return;
      } catch (DeliveryException e) {
        if (e.kind() == DeliveryException.Kind.UNCERTAIN) {
          LOG.error(
              "submission {} ({}) failed after the data were sent: outcome uncertain, intent kept"
                  + " ({})",
              reference,
              message.messageId(),
              e.getMessage());
          throw new UncertainSubmissionException(reference, message.messageId());
        }
        if (e.kind() == DeliveryException.Kind.PERMANENT || attempt >= retry.maxAttempts()) {
          ledger.clearIntent(reference);
          LOG.warn("submission {} failed: {} after {} attempts", reference, e.reason(), attempt);
          throw new SubmissionFailedException(
              reference, e.reason(), e.replyCode(), attempt, e.getMessage());
        }
        LOG.info(
            "submission {} attempt {} failed transiently ({}); retrying",
            reference,
            attempt,
            e.getMessage());
        pause(reference, attempt, e);
      } catch (InzageException e) {
        // the delivery refused before sending anything (an outbox file exists, a disk failed)
        ledger.clearIntent(reference);
        throw e;
      }
    }
  }

  private void pause(String reference, int attempt, DeliveryException cause) {
    try {
      sleeper.sleep(retry.delayBefore(attempt + 1));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      ledger.clearIntent(reference);
      throw new SubmissionFailedException(
          reference,
          SubmissionFailedException.Reason.INTERRUPTED,
          cause.replyCode(),
          attempt,
          "interrupted while waiting to retry");
    }
  }
}
