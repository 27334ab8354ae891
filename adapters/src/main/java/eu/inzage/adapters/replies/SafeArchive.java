package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.ZipWalker;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a ZIP archive as a stream, entry by entry, and hands each file to an {@link EntryVisitor}
 * as a bounded stream; nothing is extracted or written anywhere. Nested archives ({@code *.zip}
 * entries) are read recursively as streams. Refused with a {@link RejectedReplyException}: an entry
 * path that is absolute, has a drive letter or backslash, climbs out with {@code ..} or holds
 * control characters; a symbolic link; more expanded bytes, a higher expansion ratio, more entries
 * or deeper nesting than the {@link ArchiveLimits}; a truncated or damaged archive. A refusal may
 * come after some entries were visited (a symbolic link or a truncation shows only in the central
 * directory at the end): whatever a visitor gathered is then to be discarded, never used as a
 * complete reading. Thread-safe: each {@link #read} call has its own state.
 */
public final class SafeArchive {
  private final ArchiveLimits limits;

  private SafeArchive(Builder builder) {
    this.limits = Objects.requireNonNull(builder.limits, "limits");
  }

  /** A builder; {@link Builder#limits} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this reader applies. */
  public ArchiveLimits limits() {
    return limits;
  }

  /**
   * Reads the archive to its end, handing each file (not directory, not nested archive) to the
   * visitor. The source is not closed.
   *
   * @param archiveName the archive's name for messages (control characters are replaced)
   * @throws RejectedReplyException if the archive is refused (see the class comment)
   * @throws eu.inzage.core.StorageException if the source or the visitor fails to read
   */
  public void read(String archiveName, InputStream source, EntryVisitor visitor) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(visitor, "visitor");
    new ZipWalker(limits).walk(archiveName, source, visitor);
  }

  /** Builds a {@link SafeArchive}. */
  public static final class Builder {
    private ArchiveLimits limits;

    private Builder() {}

    /** The limits ({@link ArchiveLimits#defaults()} for the usual ones). */
    public Builder limits(ArchiveLimits limits) {
      this.limits = limits;
      return this;
    }

    /** The reader; fails if the limits are missing. */
    public SafeArchive build() {
      return new SafeArchive(this);
    }
  }
}
