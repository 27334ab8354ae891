package eu.inzage.adapters.replies;

import eu.inzage.core.model.AccessItem;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A reply assessed against the right of access (Art. 15(1)(a)–(h), 15(2), 15(3) GDPR): the status
 * of every {@link AccessItem}, the categories of personal data the reply holds, and the findings
 * behind the statuses. Made by {@link ReplyAssessor}.
 *
 * @param controller the controller's identifier (as in the controller directory)
 * @param items the status of every access item, in the order of {@link AccessItem}
 * @param categories the categories of personal data in the copy (Art. 15(1)(b), 15(3)), empty for a
 *     letter
 * @param findings the findings, sorted (stably) into the order of their items
 */
public record Assessment(
    String controller,
    Map<AccessItem, ItemStatus> items,
    List<Category> categories,
    List<Finding> findings) {

  /** Checks that every access item has a status; makes the collections immutable. */
  public Assessment {
    Objects.requireNonNull(controller, "controller");
    EnumMap<AccessItem, ItemStatus> copy = new EnumMap<>(AccessItem.class);
    copy.putAll(items);
    if (copy.size() != AccessItem.values().length || copy.containsValue(null)) {
      throw new IllegalArgumentException("every access item needs a status");
    }
    items = Collections.unmodifiableMap(copy);
    categories = List.copyOf(categories);
    findings = findings.stream().sorted(Comparator.comparing(Finding::item)).toList();
  }

  /** The status of one item. */
  public ItemStatus status(AccessItem item) {
    return items.get(item);
  }

  /**
   * The items still to be asked for: those {@link ItemStatus#MISSING} or {@link
   * ItemStatus#PARTIAL}, in the order of {@link AccessItem}. This is what a reminder or complaint
   * letter takes as {@code LetterFacts.missing}.
   */
  public Set<AccessItem> missing() {
    EnumSet<AccessItem> missing = EnumSet.noneOf(AccessItem.class);
    items.forEach(
        (item, status) -> {
          if (status == ItemStatus.MISSING || status == ItemStatus.PARTIAL) {
            missing.add(item);
          }
        });
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Shows the controller, the items' statuses and how many categories and findings there are; not
   * the findings' evidence nor the categories' names, which come from the reply.
   */
  @Override
  public String toString() {
    return "Assessment["
        + controller
        + ", "
        + items
        + ", "
        + categories.size()
        + " categories, "
        + findings.size()
        + " findings]";
  }
}
