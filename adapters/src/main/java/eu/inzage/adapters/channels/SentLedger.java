package eu.inzage.adapters.channels;

import eu.inzage.adapters.internal.channels.FolderLedger;
import eu.inzage.adapters.internal.channels.MemoryLedger;
import eu.inzage.core.AlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What has been sent, by reference: the guard that keeps a request from reaching a controller
 * twice. A channel records an <em>intent</em> before it sends and replaces it with the {@link
 * SubmissionReceipt} once the server accepted the message. An intent without a receipt means the
 * outcome is unknown (the process stopped, or the connection broke after the data were sent): a
 * channel then refuses to send again ({@link UnresolvedSubmissionException}) until an operator
 * resolves it with {@link #recordReceipt} (it was sent) or {@link #clearIntent} (it was not).
 *
 * <p>Implementations are thread-safe. {@link #inFolder(Path)} survives restarts; {@link
 * #inMemory()} is for tests and one-off runs.
 */
public interface SentLedger {

  /** The entry for a reference, if any. */
  Optional<Entry> find(String reference);

  /**
   * Records the intent to send a message.
   *
   * @throws AlreadyExistsException when the reference has an entry already (an intent or a receipt)
   */
  void recordIntent(String reference, String messageId, Instant at);

  /** Records the receipt of a sent message, replacing its intent (or creating the entry). */
  void recordReceipt(SubmissionReceipt receipt);

  /**
   * Removes an intent that has no receipt: nothing was sent. Does nothing when there is no entry.
   *
   * @throws IllegalStateException when the reference has a receipt (a proof is never deleted)
   */
  void clearIntent(String reference);

  /** A ledger in memory; lost when the process ends. */
  static SentLedger inMemory() {
    return new MemoryLedger();
  }

  /**
   * A ledger in a folder (created if missing): one small JSON file per reference ({@code
   * REFERENCE.json}), each written atomically.
   */
  static SentLedger inFolder(Path folder) {
    return new FolderLedger(folder);
  }

  /**
   * One reference's entry.
   *
   * @param reference the request's reference
   * @param messageId the Message-ID of the message meant or sent
   * @param intentAt when the send was started
   * @param receipt the receipt, or null while the outcome is unknown
   */
  record Entry(String reference, String messageId, Instant intentAt, SubmissionReceipt receipt) {
    /** Checks that the reference, message id and instant are present. */
    public Entry {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(intentAt, "intentAt");
    }

    /** The receipt, empty while the outcome is unknown. */
    public Optional<SubmissionReceipt> sent() {
      return Optional.ofNullable(receipt);
    }
  }
}
