package eu.inzage.adapters.intake;

/** What the intake does in the mailbox with a message it has processed (matched and handed on). */
public enum AfterProcessing {
  /** Leave the mailbox unchanged (the folder is opened read-only); the default. */
  LEAVE,
  /** Set the {@code \Seen} flag. */
  MARK_SEEN,
  /** Move the message to the folder given by {@link ReplyIntake.Builder#moveTo(String)}. */
  MOVE
}
