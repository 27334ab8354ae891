package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.KeepAsideReason;

/** A message the intake refuses to process further; it is kept aside with this reason. */
final class HostileMessage extends Exception {
  private static final long serialVersionUID = 1L;

  private final KeepAsideReason reason;

  /** The detail is fixed text that quotes nothing from the message. */
  HostileMessage(KeepAsideReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  KeepAsideReason reason() {
    return reason;
  }
}
