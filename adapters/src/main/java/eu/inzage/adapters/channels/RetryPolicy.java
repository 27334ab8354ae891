package eu.inzage.adapters.channels;

import eu.inzage.core.ConfigurationException;
import java.time.Duration;

/**
 * How often and how patiently a transient failure (connection refused, a 4xx reply) is retried:
 * exponential backoff from {@code baseDelay}, doubling per attempt up to {@code maxDelay}. A
 * failure after the message data may have been accepted is never retried, whatever the policy.
 *
 * @param maxAttempts attempts in total, at least 1 (1 means no retry)
 * @param baseDelay the pause before the second attempt
 * @param maxDelay the longest pause
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new ConfigurationException("RetryPolicy.maxAttempts must be between 1 and 20");
    }
    if (baseDelay == null || baseDelay.isNegative() || maxDelay == null || maxDelay.isNegative()) {
      throw new ConfigurationException("RetryPolicy delays must be present and not negative");
    }
  }

  /** Four attempts, 30 seconds before the second, at most 10 minutes between attempts. */
  public static RetryPolicy standard() {
    return new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The pause before the given attempt (2 for the first retry): {@code baseDelay × 2^(attempt−2)},
   * at most {@code maxDelay}.
   */
  public Duration delayBefore(int attempt) {
    if (attempt < 2) {
      return Duration.ZERO;
    }
    int doublings = Math.min(attempt - 2, 30);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
