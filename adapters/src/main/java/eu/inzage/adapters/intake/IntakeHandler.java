package eu.inzage.adapters.intake;

/**
 * Receives the outcome of each message as soon as it is known, so that a run over a large mailbox
 * needs no list of all outcomes. A message counts as processed only after {@link
 * #matched(IntakeRecord)} returns: when it throws, the run stops with that exception and the
 * message is read again by the next run.
 */
public interface IntakeHandler {
  /** A reply matched to a request; its attachments are already in the sink. */
  void matched(IntakeRecord intakeRecord);

  /** A message kept aside. */
  void keptAside(KeptAside keptAside);
}
