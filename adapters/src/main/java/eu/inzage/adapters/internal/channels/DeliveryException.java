package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.SubmissionFailedException;

/** A failed delivery attempt, classified by what the server may have accepted. */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What a failure means for a retry. */
  public enum Kind {
    /** Nothing was accepted and trying again may work (no connection, a 4xx reply). */
    TRANSIENT,
    /** Nothing was accepted and trying again will not help. */
    PERMANENT,
    /** The data may have been accepted: never retried. */
    UNCERTAIN
  }

  private final Kind kind;
  private final SubmissionFailedException.Reason reason;
  private final int replyCode;

  /** A failure; {@code detail} names no personal data (it becomes the exception message). */
  public DeliveryException(
      Kind kind, SubmissionFailedException.Reason reason, int replyCode, String detail) {
    super(detail);
    this.kind = kind;
    this.reason = reason;
    this.replyCode = replyCode;
  }

  /** What the failure means for a retry. */
  public Kind kind() {
    return kind;
  }

  /** The reason reported when the submission fails. */
  public SubmissionFailedException.Reason reason() {
    return reason;
  }

  /** The SMTP reply code, or 0. */
  public int replyCode() {
    return replyCode;
  }
}
