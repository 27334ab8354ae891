package eu.inzage.adapters.replies;

/** How far a reply answers one item of the right of access (Art. 15 GDPR). */
public enum ItemStatus {
  /** The reply answers the item. */
  ANSWERED,
  /** The reply answers the item in part (it is to be asked for again, like a missing one). */
  PARTIAL,
  /** The reply does not answer the item. */
  MISSING,
  /** The item does not apply (no personal data are processed, so there is nothing to tell). */
  NOT_APPLICABLE
}
