package eu.inzage.adapters.intake;

/**
 * Receives the outcome of each message as soon as it is known, so that a run over a large mailbox
 * needs no list of all outcomes. A message counts as processed only after {@link
 * #matched(IntakeRecord)} returns: when it throws, the run stops with that exception and the
 * message is read again by the next run. Delivery is at least once: should recording the message as
 * processed fail after the handler accepted it, the run stops with a {@link
 * eu.inzage.core.StorageException} and the next run hands the same record again, so a handler
 * should treat a record whose {@link IntakeRecord#messageKey()} it already holds as a repeat.
 */
public interface IntakeHandler {
  /** A reply matched to a request; its attachments are already in the sink. */
  void matched(IntakeRecord intakeRecord);

  /** A message kept aside. */
  void keptAside(KeptAside keptAside);
}
