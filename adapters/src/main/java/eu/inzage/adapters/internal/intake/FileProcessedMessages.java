package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.ProcessedMessages;
import eu.inzage.core.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The processed set in a text file: one key a line, read once, appended and forced to disk on each
 * add. Thread-safe within one process.
 */
public final class FileProcessedMessages implements ProcessedMessages {
  private final Path file;
  private final Set<String> keys = new HashSet<>();

  /**
   * Reads the file when it exists.
   *
   * @throws StorageException when it exists and cannot be read
   */
  public FileProcessedMessages(Path file) {
    this.file = file.toAbsolutePath();
    try {
      List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
      for (String line : lines) {
        String key = line.strip();
        if (MessageKeys.KEY.matcher(key).matches()) {
          keys.add(key);
        }
      }
    } catch (NoSuchFileException e) {
      // nothing processed yet: the file is created on the first add
    } catch (IOException e) {
      throw new StorageException("could not read the processed-message file", e);
    }
  }

  @Override
  public synchronized boolean contains(String messageKey) {
    return keys.contains(messageKey);
  }

  @Override
  public synchronized void add(String messageKey) {
    if (!MessageKeys.KEY.matcher(messageKey).matches()) {
      throw new IllegalArgumentException("not a message key (32 hexadecimal digits)");
    }
    if (keys.contains(messageKey)) {
      return;
    }
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer line = ByteBuffer.wrap((messageKey + "\n").getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
          channel.write(line);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new StorageException("could not record a processed message", e);
    }
    keys.add(messageKey);
  }

  @Override
  public synchronized String toString() {
    return "FileProcessedMessages[" + keys.size() + " keys]";
  }
}
