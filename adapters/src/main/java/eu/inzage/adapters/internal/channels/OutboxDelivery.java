package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.StorageException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Writes the assembled bytes as {@code REFERENCE.eml} into a folder, atomically and never over an
 * existing file: the same bytes SMTP would have sent.
 */
public final class OutboxDelivery implements Delivery {
  private final Path folder;

  /** An outbox in the folder, created when missing. */
  public OutboxDelivery(Path folder) {
    this.folder = AtomicFiles.folder(folder, "outbox");
  }

  /** The file a reference is written to. */
  public Path file(String reference) {
    return folder.resolve(reference + ".eml");
  }

  @Override
  public SubmissionReceipt.Route route() {
    return SubmissionReceipt.Route.OUTBOX;
  }

  @Override
  public void deliver(AssembledMessage message) {
    try {
      AtomicFiles.writeNew(file(message.reference()), message.bytes());
    } catch (FileAlreadyExistsException e) {
      throw new AlreadyExistsException("outbox file", message.reference() + ".eml");
    } catch (IOException e) {
      throw new StorageException("writing outbox file " + message.reference() + ".eml failed", e);
    }
  }
}
