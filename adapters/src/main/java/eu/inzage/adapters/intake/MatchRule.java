package eu.inzage.adapters.intake;

/** The rule that decided which request a reply belongs to, in the order the rules are tried. */
public enum MatchRule {
  /** The per-request address {@code requests+REF@…} in To, Cc or Delivered-To. */
  REPLY_ADDRESS,
  /** {@code In-Reply-To} or {@code References} names a Message-ID the caller sent for a request. */
  MESSAGE_ID,
  /** The reference number in the subject. */
  REFERENCE_IN_SUBJECT,
  /** The reference number in the plain-text body. */
  REFERENCE_IN_BODY
}
