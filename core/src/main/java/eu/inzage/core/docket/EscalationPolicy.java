package eu.inzage.core.docket;

import java.util.Objects;

/**
 * When to remind a late controller and when to complain to the supervisory authority (GDPR Art.
 * 77). A judgment call, so configurable: by default a reminder 1 working day after the due date
 * (working days of the deadline country) and a complaint 14 days after the reminder. Immutable.
 */
public final class EscalationPolicy {
  private static final EscalationPolicy STANDARD = builder().build();

  private final int reminderAfterWorkingDays;
  private final int complaintAfterDays;

  private EscalationPolicy(int reminderAfterWorkingDays, int complaintAfterDays) {
    this.reminderAfterWorkingDays = reminderAfterWorkingDays;
    this.complaintAfterDays = complaintAfterDays;
  }

  /** Reminder 1 working day after due, complaint 14 days after the reminder. */
  public static EscalationPolicy standard() {
    return STANDARD;
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Working days after the due date on which a reminder is due. */
  public int reminderAfterWorkingDays() {
    return reminderAfterWorkingDays;
  }

  /** Calendar days after the (last) reminder on which a complaint is due. */
  public int complaintAfterDays() {
    return complaintAfterDays;
  }

  @Override
  public String toString() {
    return "EscalationPolicy[reminder "
        + reminderAfterWorkingDays
        + " working day(s) after due, complaint "
        + complaintAfterDays
        + " day(s) after the reminder]";
  }

  /** A strict builder: each setting once. */
  public static final class Builder {
    private Integer reminderAfterWorkingDays;
    private Integer complaintAfterDays;

    private Builder() {}

    /** Working days after the due date for the reminder (default 1). */
    public Builder reminderAfterWorkingDays(int days) {
      if (reminderAfterWorkingDays != null) {
        throw new IllegalStateException(
            "reminderAfterWorkingDays was already set to " + reminderAfterWorkingDays);
      }
      this.reminderAfterWorkingDays = range("reminderAfterWorkingDays", days);
      return this;
    }

    /** Calendar days after the reminder for the complaint (default 14). */
    public Builder complaintAfterDays(int days) {
      if (complaintAfterDays != null) {
        throw new IllegalStateException(
            "complaintAfterDays was already set to " + complaintAfterDays);
      }
      this.complaintAfterDays = range("complaintAfterDays", days);
      return this;
    }

    private static int range(String name, int days) {
      if (days < 0 || days > 365) {
        throw new IllegalArgumentException(name + " must be 0..365, was " + days);
      }
      return days;
    }

    /** The immutable policy. */
    public EscalationPolicy build() {
      return new EscalationPolicy(
          Objects.requireNonNullElse(reminderAfterWorkingDays, 1),
          Objects.requireNonNullElse(complaintAfterDays, 14));
    }
  }
}
