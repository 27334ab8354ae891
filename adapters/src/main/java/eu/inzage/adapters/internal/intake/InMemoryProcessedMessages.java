package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.ProcessedMessages;
import java.util.HashSet;
import java.util.Set;

/** The processed set in memory. Thread-safe. */
public final class InMemoryProcessedMessages implements ProcessedMessages {
  private final Set<String> keys = new HashSet<>();

  /** An empty set. */
  public InMemoryProcessedMessages() {}

  @Override
  public synchronized boolean contains(String messageKey) {
    return keys.contains(messageKey);
  }

  @Override
  public synchronized void add(String messageKey) {
    keys.add(messageKey);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryProcessedMessages[" + keys.size() + " keys]";
  }
}
