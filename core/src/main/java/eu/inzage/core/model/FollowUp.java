package eu.inzage.core.model;

/**
 * Follow-up for which a mandate can authorise the organisation (see {@code
 * docs/law/mandate.md#scope}; GDPR Art. 80(1)).
 */
public enum FollowUp {
  /** Art. 77: a complaint to a supervisory authority. */
  COMPLAINT,
  /** Arts. 78 and 79: proceedings against an authority or against the controller. */
  PROCEEDINGS,
  /** Art. 82: compensation. */
  COMPENSATION
}
