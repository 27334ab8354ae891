package eu.inzage.core.model;

/**
 * What an answer under Art. 15 GDPR must contain (see {@code
 * docs/law/access-right.md#article-15-what-an-answer-contains}). The codes are stable: assessments,
 * letters and the {@code inzage} command use them.
 */
public enum AccessItem {
  /** Art. 15(1): whether personal data about the person are processed. */
  CONFIRMATION("15(1)"),
  /** Art. 15(1): access to the personal data. */
  ACCESS("15(1)"),
  /** Art. 15(1)(a): the purposes of the processing. */
  PURPOSES("15(1)(a)"),
  /** Art. 15(1)(b): the categories of personal data. */
  CATEGORIES("15(1)(b)"),
  /** Art. 15(1)(c): the recipients, in particular in third countries (CJEU C-154/21). */
  RECIPIENTS("15(1)(c)"),
  /** Art. 15(1)(d): the envisaged storage period, or the criteria for it. */
  RETENTION("15(1)(d)"),
  /** Art. 15(1)(e): the rights to rectification, erasure, restriction and objection. */
  RIGHTS("15(1)(e)"),
  /** Art. 15(1)(f): the right to lodge a complaint with a supervisory authority. */
  COMPLAINT("15(1)(f)"),
  /** Art. 15(1)(g): any available information on the source of the data. */
  SOURCE("15(1)(g)"),
  /** Art. 15(1)(h): automated decision-making, with meaningful information about the logic. */
  AUTOMATED_DECISIONS("15(1)(h)"),
  /** Art. 15(2): the Art. 46 safeguards for transfers to third countries. */
  TRANSFER_SAFEGUARDS("15(2)"),
  /**
   * Art. 15(3): a copy of the data, in a commonly used electronic form when asked electronically.
   */
  COPY("15(3)");

  private final String provision;

  AccessItem(String provision) {
    this.provision = provision;
  }

  /** The provision of Art. 15 GDPR, e.g. {@code 15(1)(c)}. */
  public String provision() {
    return provision;
  }
}
