package eu.inzage.adapters.intake;

/** What the intake does in the mailbox with a message it has processed (matched and handed on). */
public enum AfterProcessing {
  /** Leave the mailbox unchanged (the folder is opened read-only); the default. */
  LEAVE,
  /** Set the {@code \Seen} flag. */
  MARK_SEEN,
  /** Move the message to the folder given by {@link ReplyIntake.Builder#moveTo(String)}. */
  MOVE,
  /**
   * Delete the message from the mailbox, so that no plaintext copy of a controller's answer (GDPR
   * Art. 15(3)) lingers there once its attachments are in the sink (sealed into the vault) and the
   * handler has recorded it (Art. 5(1)(c), (e)): flag it {@code \Deleted} and expunge it at once,
   * only after the handler accepted the record and the message was recorded as processed. With the
   * server's UIDPLUS extension only that message is expunged ({@code UID EXPUNGE}); without it a
   * plain {@code EXPUNGE} also removes any other message already flagged {@code \Deleted} in the
   * folder. A message found already processed (a run that stopped between recording and deleting)
   * is deleted as well. Messages kept aside are never deleted.
   */
  DELETE
}
