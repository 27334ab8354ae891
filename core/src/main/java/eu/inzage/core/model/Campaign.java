package eu.inzage.core.model;

import eu.inzage.core.internal.Normalise;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import eu.inzage.core.validation.constraints.SlugKey;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A collective access request: one organisation asks several controllers, in waves, for the data of
 * many participants. Safe to log.
 *
 * @param id campaign id
 * @param name public name of the campaign
 * @param organisation the organisation that runs it
 * @param controllers the controllers asked (slugs)
 * @param waves the waves, in order
 * @param policy the name of the eligibility policy (e.g. {@code somi-2021})
 */
public record Campaign(
    @Required @ParticipantId String id,
    @Required @PlainText @MaxLength(200) String name,
    @Required @Valid Organisation organisation,
    List<@SlugKey String> controllers,
    List<@Valid Wave> waves,
    @PlainText @MaxLength(64) String policy) {

  /** Makes the lists immutable. */
  public Campaign {
    controllers = Normalise.list(controllers);
    waves = Normalise.list(waves);
  }
}
