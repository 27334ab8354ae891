package eu.inzage.adapters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A participant's choice of controllers, as part of the registration: all the controllers the
 * campaign offers, some of them, a company the participant found in the directory, or a mix. JSON:
 * {@code {"all": true}} or {@code {"controllers": ["tiktok", "acme"]}}.
 *
 * @param all every controller the campaign offers
 * @param controllers further controllers by slug (offered ones or others), in the order chosen
 */
public record ControllerChoice(boolean all, List<String> controllers) {

  /** Makes the list immutable. */
  public ControllerChoice {
    controllers = controllers == null ? List.of() : List.copyOf(controllers);
  }

  /** The JSON reader's way in: a missing {@code all} is false, missing {@code controllers} none. */
  @JsonCreator
  public static ControllerChoice read(
      @JsonProperty("all") Boolean all, @JsonProperty("controllers") List<String> controllers) {
    return new ControllerChoice(all != null && all, controllers);
  }

  /** Every controller the campaign offers. */
  public static ControllerChoice allOffered() {
    return new ControllerChoice(true, List.of());
  }

  /** The controllers with these slugs. */
  public static ControllerChoice of(String... slugs) {
    return new ControllerChoice(false, List.of(slugs));
  }
}
