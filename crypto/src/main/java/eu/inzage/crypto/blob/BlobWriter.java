package eu.inzage.crypto.blob;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A blob being written. Nothing is visible under its name until {@link #commit()} returns, and then
 * it is durable; closing without committing discards what was written.
 */
public abstract class BlobWriter extends OutputStream {
  /**
   * Makes the written bytes durable and visible under the blob's name: replacing any old ones for a
   * writer from {@link BlobStore#create}, or only when the name is free for one from {@link
   * BlobStore#createIfAbsent}.
   *
   * @throws eu.inzage.core.AlreadyExistsException when a writer from {@code createIfAbsent} finds
   *     the name taken; the existing blob is untouched, this writer's bytes are discarded
   */
  public abstract void commit() throws IOException;
}
