package eu.inzage.adapters.channels;

import eu.inzage.adapters.internal.channels.OutboxDelivery;
import eu.inzage.adapters.internal.channels.Submitter;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.StorageException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A {@link MailChannel} that writes each message as {@code REFERENCE.eml} into a folder instead of
 * sending it: byte for byte what {@link SmtpChannel} would send (same MIME assembly, same
 * Message-ID), for review before sending or for sending with another mail program. Each file is
 * written atomically (a temporary file, then linked into place) and never over an existing file
 * ({@link AlreadyExistsException}). The receipt's route is {@link SubmissionReceipt.Route#OUTBOX};
 * it is not a proof of submission ({@link SubmissionReceipt#toSubmittedEvent()} refuses it).
 */
public final class Outbox implements MailChannel {
  private final OutboxDelivery delivery;
  private final Submitter submitter;

  private Outbox(Builder b) {
    this.delivery = new OutboxDelivery(b.folder);
    this.submitter = new Submitter(delivery, b.ledger, b.clock, RetryPolicy.none(), duration -> {});
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the submission to the outbox once.
   *
   * @throws AlreadyExistsException when the file exists but the ledger has no receipt for it
   * @throws StorageException when writing fails; nothing is left behind
   * @throws UnresolvedSubmissionException when the ledger has an intent without a receipt
   */
  @Override
  public SubmissionReceipt submit(EmailSubmission submission) {
    return submitter.submit(submission);
  }

  /** The file a reference is (or would be) written to. */
  public Path file(String reference) {
    return delivery.file(reference);
  }

  @Override
  public String toString() {
    return "Outbox";
  }

  /** Builds an {@link Outbox}; folder, ledger and clock are required, each given once. */
  public static final class Builder {
    private Path folder;
    private SentLedger ledger;
    private Clock clock;

    private Builder() {}

    /** The folder the {@code .eml} files go to (created when missing). */
    public Builder folder(Path folder) {
      this.folder = Settings.once(this.folder, folder, "Outbox.folder");
      return this;
    }

    /** The ledger that stops a reference from being written twice. */
    public Builder ledger(SentLedger ledger) {
      this.ledger = Settings.once(this.ledger, ledger, "Outbox.ledger");
      return this;
    }

    /** The clock of the Date header and the receipt. */
    public Builder clock(Clock clock) {
      this.clock = Settings.once(this.clock, clock, "Outbox.clock");
      return this;
    }

    /**
     * The outbox.
     *
     * @throws ConfigurationException when a setting is missing
     * @throws StorageException when the folder cannot be created
     */
    public Outbox build() {
      Settings.required(folder, "Outbox.folder");
      Settings.required(ledger, "Outbox.ledger");
      Settings.required(clock, "Outbox.clock");
      return new Outbox(this);
    }
  }
}
