package eu.inzage.core.docket;

import eu.inzage.core.deadline.Deadline;
import java.time.LocalDate;
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

  /**
   * The final date a reminder sent on {@code remindedOn} sets, and the day from which the docket
   * lists the complaint (Art. 77) as due (see {@code docs/law/deadlines.md#final-date}): {@link
   * #complaintAfterDays()} calendar days after the reminder, but never before the controller is
   * late under Art. 12(3) ({@link Deadline#lateFrom()}), so that a reminder sent early does not cut
   * the statutory period short.
   *
   * @param remindedOn the day the reminder is sent, in the controller's time zone
   * @param deadline the request's statutory deadline, or null when unknown
   */
  public LocalDate finalDate(LocalDate remindedOn, Deadline deadline) {
    LocalDate day = remindedOn.plusDays(complaintAfterDays);
    return deadline != null && day.isBefore(deadline.lateFrom()) ? deadline.lateFrom() : day;
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
