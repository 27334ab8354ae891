package eu.inzage.adapters.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An {@link AttachmentSink} that writes each attachment to {@code
 * root/REFERENCE/MESSAGEKEY/NN-NAME}, for tests; a campaign (and {@code inzage intake}) seals
 * attachments into the vault with {@link VaultAttachmentSink} instead. Each file is written to a
 * temporary name first and then moved into place, so a file under its final name is complete. The
 * names are the intake's sanitised ones, so no path leaves {@code root}.
 */
public final class FileAttachmentSink implements AttachmentSink {
  private final Path root;

  /**
   * A sink writing under a folder, which is created when needed.
   *
   * @param root the folder
   */
  public FileAttachmentSink(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The folder for one message's attachments. */
  public Path folder(String reference, String messageKey) {
    Path folder = root.resolve(reference).resolve(messageKey).normalize();
    if (!folder.startsWith(root) || folder.equals(root)) {
      throw new IllegalArgumentException("reference or message key is not a single path element");
    }
    return folder;
  }

  /** Writes the bytes to {@code root/REFERENCE/MESSAGEKEY/NN-NAME}; returns that path. */
  @Override
  public String store(AttachmentTarget target, InputStream content) throws IOException {
    Path folder = folder(target.reference(), target.messageKey());
    Files.createDirectories(folder);
    Path file =
        folder
            .resolve(String.format(Locale.ROOT, "%02d-%s", target.index(), target.fileName()))
            .normalize();
    if (!file.getParent().equals(folder)) {
      throw new IllegalArgumentException("file name is not a single path element");
    }
    Path temporary = Files.createTempFile(folder, ".part-", ".tmp");
    try {
      Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return file.toString();
  }

  /** Deletes the message's folder and what is in it. */
  @Override
  public void discard(String reference, String messageKey) throws IOException {
    Path folder = folder(reference, messageKey);
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
      } catch (DirectoryNotEmptyException e) {
        throw new IOException("attachment folder could not be emptied", e);
      }
    }
  }
}
