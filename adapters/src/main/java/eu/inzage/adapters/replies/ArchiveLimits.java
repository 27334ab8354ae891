package eu.inzage.adapters.replies;

/**
 * The limits within which {@link SafeArchive} reads a ZIP archive. Sizes are measured on the bytes
 * actually read and expanded, never on what an entry's header claims.
 *
 * @param maxTotalBytes the most bytes expanded from all entries at every nesting level together
 * @param maxRatio the most expanded bytes per compressed byte read, per archive (checked once an
 *     archive has expanded more than {@link #RATIO_GRACE_BYTES})
 * @param maxEntries the most entries over all nesting levels (directories count)
 * @param maxDepth the most levels of archives inside the archive ({@code 0}: a ZIP inside is not
 *     opened but refused)
 */
public record ArchiveLimits(long maxTotalBytes, int maxRatio, int maxEntries, int maxDepth) {
  /** Expanded bytes of an archive below which its expansion ratio is not checked. */
  public static final long RATIO_GRACE_BYTES = 1024 * 1024;

  /** Checks that every limit is positive (the depth at least zero). */
  public ArchiveLimits {
    if (maxTotalBytes <= 0 || maxRatio <= 0 || maxEntries <= 0 || maxDepth < 0) {
      throw new IllegalArgumentException("archive limits must be positive");
    }
  }

  /**
   * The defaults: 16 GiB expanded in all, a ratio of 100:1, 10,000 entries, two levels of nested
   * archives.
   */
  public static ArchiveLimits defaults() {
    return new ArchiveLimits(16L * 1024 * 1024 * 1024, 100, 10_000, 2);
  }
}
