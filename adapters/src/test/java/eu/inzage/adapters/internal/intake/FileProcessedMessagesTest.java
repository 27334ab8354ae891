package eu.inzage.adapters.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.adapters.intake.ProcessedMessages;
import eu.inzage.core.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-based set of processed messages. */
class FileProcessedMessagesTest {
  static final String A = "0123456789abcdef0123456789abcdef";
  static final String B = "fedcba9876543210fedcba9876543210";

  @TempDir Path temp;

  @Test
  void keysSurviveANewInstance_oneLineEach() throws Exception {
    Path file = temp.resolve("state/processed.txt");
    ProcessedMessages first = ProcessedMessages.file(file);
    first.add(A);
    first.add(B);
    first.add(A);

    ProcessedMessages second = ProcessedMessages.file(file);

    assertThat(second.contains(A)).isTrue();
    assertThat(second.contains(B)).isTrue();
    assertThat(second.contains("00000000000000000000000000000000")).isFalse();
    assertThat(Files.readAllLines(file)).containsExactly(A, B);
  }

  @Test
  void linesThatAreNoKeys_ignored() throws Exception {
    Path file = Files.writeString(temp.resolve("processed.txt"), "garbage\n" + A + "\n\n<id@x>\n");

    ProcessedMessages set = ProcessedMessages.file(file);

    assertThat(set.contains(A)).isTrue();
    assertThat(set.contains("garbage")).isFalse();
  }

  @Test
  void aKeyWithALineBreak_refused() {
    ProcessedMessages set = ProcessedMessages.file(temp.resolve("p.txt"));

    assertThatThrownBy(() -> set.add(A + "\n" + B)).isInstanceOf(IllegalArgumentException.class);
    assertThat(temp.resolve("p.txt")).doesNotExist();
  }

  @Test
  void unreadableFile_storageError() {
    assertThatThrownBy(() -> ProcessedMessages.file(temp)).isInstanceOf(StorageException.class);
  }

  @Test
  void inMemory_remembersWhatWasAdded() {
    ProcessedMessages set = ProcessedMessages.inMemory();
    set.add(A);

    assertThat(List.of(set.contains(A), set.contains(B))).containsExactly(true, false);
    assertThat(set.toString()).isEqualTo("InMemoryProcessedMessages[1 keys]");
  }
}
