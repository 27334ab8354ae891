package eu.inzage.adapters.replies;

import eu.inzage.core.model.AccessItem;
import java.util.Objects;

/**
 * One observation of an assessment: what the reply does or does not say about an item of Art. 15
 * GDPR, and why.
 *
 * @param item the item
 * @param status the item's status the finding supports
 * @param evidence the sentence of the reply, or a description of what the reply holds or lacks
 */
public record Finding(AccessItem item, ItemStatus status, String evidence) {
  /** Checks the values. */
  public Finding {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Shows the item and status, and only the length of the evidence (it may quote the reply). */
  @Override
  public String toString() {
    return "Finding[" + item + " " + status + ", evidence " + evidence.length() + " chars]";
  }
}
