package eu.inzage.adapters.channels;

import eu.inzage.core.InzageException;

/**
 * The send failed after the message data may have reached the server (the connection broke while or
 * after the data were sent, before the server's reply). The controller may have the request, so it
 * is not retried: sending it again could make it arrive twice. The intent stays in the {@link
 * SentLedger}; an operator checks the sent-mail log and resolves it with {@link
 * SentLedger#recordReceipt} or {@link SentLedger#clearIntent}.
 */
public class UncertainSubmissionException extends InzageException {
  private static final long serialVersionUID = 1L;

  private final String reference;
  private final String messageId;

  /** An uncertain outcome for the reference and its Message-ID. */
  public UncertainSubmissionException(String reference, String messageId) {
    super(
        "submission "
            + reference
            + " ("
            + messageId
            + ") has an uncertain outcome: the server may have accepted it; not retried");
    this.reference = reference;
    this.messageId = messageId;
  }

  /** The request's reference. */
  public String reference() {
    return reference;
  }

  /** The Message-ID to look for in the server's logs. */
  public String messageId() {
    return messageId;
  }
}
