package eu.inzage.adapters.replies;

import java.io.IOException;
import java.io.InputStream;

/** Receives each file of an archive read by {@link SafeArchive}, in archive order. */
@FunctionalInterface
public interface EntryVisitor {

  /**
   * Reads one entry. The stream is bounded by the archive's limits: reading past them throws {@link
   * RejectedReplyException}; it is valid only during this call and need not be read to its end nor
   * closed.
   *
   * @throws IOException if the visitor fails; reported as a {@link eu.inzage.core.StorageException}
   */
  void visit(ArchiveEntry entry, InputStream content) throws IOException;
}
