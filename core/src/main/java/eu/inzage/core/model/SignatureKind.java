package eu.inzage.core.model;

/** How a participant signed a mandate (LAW.md §3.6; eIDAS Art. 3(10)–(12)). */
public enum SignatureKind {
  /** A drawn signature, kept as a PNG image. */
  DRAWN,
  /** A typed name with an audit trail (time, IP address, e-mail verification). */
  TYPED,
  /** A qualified electronic signature (eIDAS Art. 25(2)). */
  QUALIFIED
}
