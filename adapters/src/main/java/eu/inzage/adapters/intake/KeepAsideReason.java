package eu.inzage.adapters.intake;

/** Why a message was kept aside instead of being matched to a request. */
public enum KeepAsideReason {
  /** No rule found a known request. */
  UNMATCHED,
  /** A rule found more than one request; the intake never chooses between them. */
  AMBIGUOUS,
  /**
   * A header is malformed: a decoded value with CR, LF or another control character, a Message-ID
   * outside its grammar or given twice, an address list that cannot be parsed.
   */
  MALFORMED_HEADER,
  /** A header, the subject or the header block as a whole is absurdly long. */
  HEADER_TOO_LONG,
  /** The MIME structure cannot be read, is nested too deeply or has too many parts. */
  MALFORMED_MIME,
  /**
   * An attachment's file name tries to leave its folder ({@code ..} as a path element, an absolute
   * path, a drive letter).
   */
  UNSAFE_ATTACHMENT_NAME
}
