package eu.inzage.core.model;

import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.Required;
import java.time.LocalDate;

/**
 * One wave of a campaign: the requests submitted together on one or more days (SOMI 2021: 28–29
 * July, then 11 August).
 *
 * @param id wave id
 * @param firstDay first day of submission
 * @param lastDay last day of submission (equal to the first for a one-day wave)
 */
public record Wave(
    @Required @ParticipantId String id, @Required LocalDate firstDay, LocalDate lastDay) {

  /** A one-day wave when the last day is missing. */
  public Wave {
    if (lastDay == null) {
      lastDay = firstDay;
    }
  }
}
