package eu.inzage.core.docket;

import eu.inzage.core.lifecycle.RequestStatus;
import java.util.Comparator;

/**
 * One cell of the scoreboard: controller × status × country of residence.
 *
 * @param controllerId the controller
 * @param status the status
 * @param country the participants' country of residence, or {@code "--"} when unknown
 */
public record ScoreKey(String controllerId, RequestStatus status, String country)
    implements Comparable<ScoreKey> {
  private static final Comparator<ScoreKey> ORDER =
      Comparator.comparing(ScoreKey::controllerId)
          .thenComparing(ScoreKey::status)
          .thenComparing(ScoreKey::country);

  @Override
  public int compareTo(ScoreKey other) {
    return ORDER.compare(this, other);
  }
}
