package eu.inzage.adapters.channels;

import eu.inzage.core.InzageException;

/**
 * A reference has an intent without a receipt in the {@link SentLedger}: an earlier send has an
 * unknown outcome (see {@link UncertainSubmissionException}). Nothing is sent until an operator
 * resolves the intent.
 */
public class UnresolvedSubmissionException extends InzageException {
  private static final long serialVersionUID = 1L;

  private final String reference;

  /** The reference whose intent is unresolved and its Message-ID. */
  public UnresolvedSubmissionException(String reference, String messageId) {
    super(
        "submission "
            + reference
            + " ("
            + messageId
            + ") was started before and its outcome is unknown; resolve the ledger entry first");
    this.reference = reference;
  }

  /** The request's reference. */
  public String reference() {
    return reference;
  }
}
