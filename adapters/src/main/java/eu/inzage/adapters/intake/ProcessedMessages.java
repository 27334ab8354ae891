package eu.inzage.adapters.intake;

import eu.inzage.adapters.internal.intake.FileProcessedMessages;
import eu.inzage.adapters.internal.intake.InMemoryProcessedMessages;
import java.nio.file.Path;

/**
 * The set of messages the intake has processed, by their stable key (see {@link
 * IntakeRecord#messageKey()}), so that no reply is processed twice. Keys are 32 hexadecimal digits,
 * derived by hashing, so the set holds no Message-IDs or addresses.
 */
public interface ProcessedMessages {
  /** Whether the message with this key was processed. */
  boolean contains(String messageKey);

  /**
   * Records a message as processed; durable when this returns.
   *
   * @throws eu.inzage.core.StorageException when it cannot be recorded
   */
  void add(String messageKey);

  /** A set that lives as long as the object (for tests and one-off runs). */
  static ProcessedMessages inMemory() {
    return new InMemoryProcessedMessages();
  }

  /**
   * A set kept in a text file (one key a line, appended and flushed to disk on each {@link
   * #add(String)}); the file is created on the first add. A line that is not a key is ignored.
   *
   * @param file the file
   * @throws eu.inzage.core.StorageException when an existing file cannot be read
   */
  static ProcessedMessages file(Path file) {
    return new FileProcessedMessages(file);
  }
}
