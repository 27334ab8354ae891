package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.OnePass;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a controller's reply once and does two things with it at the same time: assesses it against
 * Art. 15 GDPR ({@link ReplyAssessor}) and seals it, byte for byte as received, to the participant
 * in the {@link Vault} (the copy of Art. 15(3) that only the participant can open). The vault
 * encrypts on the calling thread while the reader parses a copy of every chunk on a thread of its
 * own, so the pass costs about as much as the slower of the two, and memory does not grow with the
 * reply.
 *
 * <p>All or nothing: a reply the reader refuses (a zip bomb, a truncated archive, malformed JSON)
 * is not sealed — the vault sees a failing read before the end and leaves nothing behind — and the
 * reader's {@link RejectedReplyException} is thrown. A seal that fails (the object exists already,
 * the store fails) throws the vault's exception, and no assessment is returned. Thread-safe: each
 * call has its own pass and reading thread, which has ended when the call returns.
 */
public final class SealingAssessor {
  private final ReplyAssessor assessor;
  private final Vault vault;
  private final ThreadFactory threads;

  private SealingAssessor(Builder builder) {
    this.assessor = Objects.requireNonNull(builder.assessor, "assessor");
    this.vault = Objects.requireNonNull(builder.vault, "vault");
    this.threads = Objects.requireNonNull(builder.threads, "threads");
  }

  /** A builder; the assessor and the vault are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads, assesses and seals one reply. The source is read to its end and not closed.
   *
   * @param fileName the reply's file name; its extension tells the format ({@link
   *     ReplyAssessor#assess})
   * @param subject the participant's id in the vault
   * @param objectId the id of the sealed reply
   * @param metadata the recipient, the content type and the controller; its controller names the
   *     controller for the assessment and must not be empty ({@link
   *     eu.inzage.core.InvalidInputException} naming {@code metadata.controller})
   * @throws RejectedReplyException when the reply is refused; nothing is sealed
   * @throws eu.inzage.core.AlreadyExistsException when the object is sealed already; no assessment
   *     is made
   * @throws eu.inzage.core.InvalidInputException when an id is malformed or the reply is larger
   *     than the vault's maximum object size
   * @throws eu.inzage.core.StorageException when the store or the source fails
   * @throws IOException when reading the source fails
   */
  public SealedAssessment assess(
      String fileName, InputStream source, String subject, String objectId, SealMetadata metadata)
      throws IOException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(metadata, "metadata");
    String controller = metadata.controller();
    if (controller.isEmpty()) {
      throw new InvalidInputException(
          "metadata.controller", ViolationCode.REQUIRED, "the controller of the reply is needed");
    }
    OnePass.Outcome<SealedObject, Assessment> outcome =
        OnePass.run(
            source,
            threads,
            copy -> assessor.assess(controller, fileName, copy),
            content -> vault.seal(subject, objectId, content, metadata));
    return new SealedAssessment(outcome.read(), outcome.written());
  }

  /** Builds a {@link SealingAssessor}. */
  public static final class Builder {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private ReplyAssessor assessor;
    private Vault vault;
    private ThreadFactory threads =
        task -> {
          Thread thread = new Thread(task, "inzage-reply-reader-" + COUNT.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };

    private Builder() {}

    /** The assessor that reads the reply (required). */
    public Builder assessor(ReplyAssessor assessor) {
      this.assessor = assessor;
      return this;
    }

    /** The vault the reply is sealed into; it must hold the organisation's signing key. */
    public Builder vault(Vault vault) {
      this.vault = vault;
      return this;
    }

    /**
     * Makes the thread that reads each reply (default: a daemon thread named {@code
     * inzage-reply-reader-N}).
     */
    public Builder threads(ThreadFactory threads) {
      this.threads = threads;
      return this;
    }

    /** The assessor; fails if the assessor or the vault is missing. */
    public SealingAssessor build() {
      return new SealingAssessor(this);
    }
  }
}
