package eu.inzage.adapters;

import eu.inzage.adapters.IdentifierNeed.Need;
import java.util.List;
import java.util.Objects;

/**
 * One controller of a participant's resolved choice, with what the participant still has to supply
 * for it. Holds no personal data.
 *
 * @param adapter the controller's adapter
 * @param selectedBy who put the controller in the selection
 * @param missing the identifiers the participant has not supplied, in the adapter's order
 */
public record ChosenController(
    ControllerAdapter adapter, SelectedBy selectedBy, List<IdentifierNeed> missing) {

  /** Checks the parts; makes the list immutable. */
  public ChosenController {
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(selectedBy, "selectedBy");
    missing = List.copyOf(missing);
  }

  /**
   * Whether the request can go out: nothing {@link Need#REQUIRED} is missing, and of a {@link
   * Need#ONE_OF} group at least one is supplied.
   */
  public boolean ready() {
    boolean requiredMissing = missing.stream().anyMatch(n -> n.need() == Need.REQUIRED);
    long group = adapter.identifiers().stream().filter(n -> n.need() == Need.ONE_OF).count();
    long groupMissing = missing.stream().filter(n -> n.need() == Need.ONE_OF).count();
    return !requiredMissing && (group == 0 || groupMissing < group);
  }

  /** Who selected a controller. */
  public enum SelectedBy {
    /** The organisation: the controller is one the campaign offers. */
    ORGANISATION,
    /** The participant: a controller the campaign does not offer, found by the participant. */
    PARTICIPANT
  }
}
