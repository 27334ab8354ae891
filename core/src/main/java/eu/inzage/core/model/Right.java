package eu.inzage.core.model;

/** The rights of the data subject in Chapter III, Section 2–4 of the GDPR (Arts. 15–22). */
public enum Right {
  /** Art. 15: access, including a copy of the data. */
  ACCESS(15),
  /** Art. 16: rectification. */
  RECTIFICATION(16),
  /** Art. 17: erasure ("right to be forgotten"). */
  ERASURE(17),
  /** Art. 18: restriction of processing. */
  RESTRICTION(18),
  /** Art. 19: notification of recipients about rectification, erasure or restriction. */
  NOTIFICATION(19),
  /** Art. 20: data portability. */
  PORTABILITY(20),
  /** Art. 21: objection. */
  OBJECTION(21),
  /** Art. 22: not to be subject to a decision based solely on automated processing. */
  AUTOMATED_DECISION(22);

  private final int article;

  Right(int article) {
    this.article = article;
  }

  /** The article of the GDPR that grants the right. */
  public int article() {
    return article;
  }
}
