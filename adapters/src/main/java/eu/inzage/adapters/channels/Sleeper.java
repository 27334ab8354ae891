package eu.inzage.adapters.channels;

import java.time.Duration;

/** Waits between attempts; injected so that tests record the pauses instead of waiting. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for the duration. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real one: {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
