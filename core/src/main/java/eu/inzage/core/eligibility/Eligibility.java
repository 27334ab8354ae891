package eu.inzage.core.eligibility;

import java.util.List;

/**
 * The outcome of an eligibility check: every reason at once, in a stable order. Contains no
 * personal data.
 *
 * @param policy the name of the policy applied
 * @param eligible whether there is no reason against joining
 * @param reasons every reason, in the order of {@link EligibilityReason}
 */
public record Eligibility(String policy, boolean eligible, List<EligibilityReason> reasons) {
  /** Makes the list immutable and checks that {@code eligible} matches it. */
  public Eligibility {
    reasons = List.copyOf(reasons);
    if (eligible != reasons.isEmpty()) {
      throw new IllegalArgumentException("eligible must be true exactly when there is no reason");
    }
  }
}
