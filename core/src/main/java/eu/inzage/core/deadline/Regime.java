package eu.inzage.core.deadline;

/** The law under which a controller answers, which decides the length of the period. */
public enum Regime {
  /**
   * GDPR Art. 12(3): one month from receipt, extendable by two further months; counted under
   * Regulation 1182/71.
   */
  GDPR,
  /**
   * Swiss FADP (nFADP Art. 25(7)): "in general within 30 days", no extension; for Swiss residents
   * and controllers established outside the EU and the EEA (see {@code docs/law/deadlines.md}).
   */
  SWISS_FADP
}
