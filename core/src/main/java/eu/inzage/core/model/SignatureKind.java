package eu.inzage.core.model;

/**
 * How a participant signed a mandate (see {@code docs/law/mandate.md#signature}; eIDAS Art.
 * 3(10)–(12)).
 */
public enum SignatureKind {
  /** A drawn signature, kept as a PNG image. */
  DRAWN,
  /** A typed name with an audit trail (time, IP address, e-mail verification). */
  TYPED,
  /** A qualified electronic signature (eIDAS Art. 25(2)). */
  QUALIFIED
}
