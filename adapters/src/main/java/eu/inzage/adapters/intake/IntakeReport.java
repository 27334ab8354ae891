package eu.inzage.adapters.intake;

import java.util.List;

/**
 * What one run of the intake did.
 *
 * @param matched the replies matched and handed on, in mailbox order
 * @param keptAside the messages kept aside, in mailbox order
 * @param alreadyProcessed how many messages were skipped because an earlier run processed them
 * @param deleted how many messages were deleted from the mailbox ({@link AfterProcessing#DELETE}):
 *     those matched in this run and those found already processed
 */
public record IntakeReport(
    List<IntakeRecord> matched, List<KeptAside> keptAside, int alreadyProcessed, int deleted) {
  /** Makes the lists immutable. */
  public IntakeReport {
    matched = List.copyOf(matched);
    keptAside = List.copyOf(keptAside);
  }

  /** A report of a run that deleted nothing. */
  public IntakeReport(List<IntakeRecord> matched, List<KeptAside> keptAside, int alreadyProcessed) {
    this(matched, keptAside, alreadyProcessed, 0);
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "IntakeReport[matched="
        + matched.size()
        + ", keptAside="
        + keptAside.size()
        + ", alreadyProcessed="
        + alreadyProcessed
        + ", deleted="
        + deleted
        + "]";
  }
}
