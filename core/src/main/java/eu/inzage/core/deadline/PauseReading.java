package eu.inzage.core.deadline;

/**
 * How an identity pause (EDPB Guidelines 01/2022 §159; see {@code
 * docs/law/deadlines.md#identity-pause}) affects the period. A judgment call: {@link #SHIFT} is the
 * default.
 */
public enum PauseReading {
  /** The period's dates (one-month and final) move by the suspended days before the roll-over. */
  SHIFT,
  /** The period runs anew, with its full length, from the day the information was received. */
  RESTART
}
