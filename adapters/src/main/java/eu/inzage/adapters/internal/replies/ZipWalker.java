package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.ArchiveEntry;
import eu.inzage.adapters.replies.ArchiveLimits;
import eu.inzage.adapters.replies.EntryVisitor;
import eu.inzage.adapters.replies.RejectedReplyException;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * One walk through an archive and the archives nested in it: entries are read with {@link
 * ZipInputStream} as streams, counted and bounded as they expand; at the end of each archive its
 * central directory (the bytes after the last entry) is checked for completeness and symbolic
 * links. Not thread-safe: one instance per walk.
 */
public final class ZipWalker {
  /** Bytes kept of what was last read from an archive, to find the start of its directory. */
  private static final int RING = 8192;

  /** The most bytes of central directory (and trailing comment) accepted after the last entry. */
  private static final int MAX_DIRECTORY = 16 * 1024 * 1024;

  private static final int EOCD_SIZE = 22;

  private final ArchiveLimits limits;
  private long totalBytes;
  private int entries;

  /** A walk within the limits. */
  public ZipWalker(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** Walks the archive, handing each file to the visitor. */
  public void walk(String archiveName, InputStream source, EntryVisitor visitor) {
    walk(Labels.safe(archiveName), source, visitor, "", 0);
  }

  private void walk(
      String where, InputStream source, EntryVisitor visitor, String prefix, int depth) {
    RawStream raw = new RawStream(source, where);
    ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.ISO_8859_1);
    int position = 0;
    while (true) {
      ZipEntry entry = next(zip, where, position + 1);
      if (entry == null) {
        break;
      }
      position++;
      entries++;
      String at = where + ", entry " + position;
      if (entries > limits.maxEntries()) {
        throw new RejectedReplyException(
            Reason.TOO_MANY_ENTRIES,
            at + ": more than " + limits.maxEntries() + " entries in the archive");
      }
      String name = checkName(entry.getName(), at);
      if (entry.isDirectory()) {
        continue;
      }
      EntryStream content = new EntryStream(zip, raw, at);
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        if (depth + 1 > limits.maxDepth()) {
          throw new RejectedReplyException(
              Reason.TOO_DEEP,
              at + ": an archive nested deeper than " + limits.maxDepth() + " levels");
        }
        walk(at, content, visitor, prefix + name + "!/", depth + 1);
      } else {
        try {
          visitor.visit(new ArchiveEntry(prefix + name, position, depth), content);
        } catch (IOException e) {
          throw new StorageException(at + ": the visitor failed to read the entry", e);
        }
      }
      content.drain();
    }
    checkDirectory(raw, where, position);
  }

  private static ZipEntry next(ZipInputStream zip, String where, int position) {
    try {
      return zip.getNextEntry();
    } catch (EOFException e) {
      throw truncated(where + ", entry " + position);
    } catch (ZipException | IllegalArgumentException e) {
      throw malformed(where + ", entry " + position);
    } catch (IOException e) {
      throw new StorageException(where + ": reading failed", e);
    }
  }

  /** Refuses traversal, absolute paths, drive letters, backslashes and control characters. */
  static String checkName(String name, String at) {
    if (name.isEmpty() || name.length() > 1024 || Labels.hasUnsafe(name)) {
      throw new RejectedReplyException(
          Reason.BAD_NAME,
          at + ": the entry's name is empty, too long or holds control characters");
    }
    String why = null;
    if (name.indexOf('\\') >= 0) {
      why = "a backslash";
    } else if (name.charAt(0) == '/') {
      why = "an absolute path";
    } else if (name.length() >= 2 && name.charAt(1) == ':') {
      why = "a drive letter";
    } else {
      for (String segment : name.split("/", -1)) {
        if (segment.equals("..")) {
          why = "a \"..\" segment";
          break;
        }
      }
    }
    if (why != null) {
      throw new RejectedReplyException(
          Reason.PATH_TRAVERSAL, at + ": the entry's path has " + why + " (refused)");
    }
    return name;
  }

  /**
   * After the last entry: the rest of the archive must be its central directory and end record
   * listing as many entries as were read, none a symbolic link.
   */
  private static void checkDirectory(RawStream raw, String where, int read) {
    byte[] tail = raw.tail(MAX_DIRECTORY);
    int eocd = -1;
    for (int p = tail.length - EOCD_SIZE; p >= 0 && p >= tail.length - EOCD_SIZE - 65535; p--) {
      if (u32(tail, p) == 0x06054b50L && u16(tail, p + 20) == tail.length - p - EOCD_SIZE) {
        eocd = p;
        break;
      }
    }
    if (eocd < 0) {
      throw new RejectedReplyException(
          Reason.TRUNCATED,
          where
              + ": no complete central directory after entry "
              + read
              + " (truncated, or not a ZIP archive); nothing of it is complete");
    }
    int listed = u16(tail, eocd + 10);
    long directorySize = u32(tail, eocd + 12);
    if (listed != 0xFFFF && listed != read) {
      throw new RejectedReplyException(
          Reason.TRUNCATED,
          where
              + ": the central directory lists "
              + listed
              + " entries but "
              + read
              + " were found (truncated or damaged archive)");
    }
    long start = eocd - directorySize;
    if (listed == 0xFFFF || start < 0) {
      return;
    }
    int p = (int) start;
    for (int i = 1; i <= listed; i++) {
      if (p + 46 > eocd || u32(tail, p) != 0x02014b50L) {
        throw malformed(where + ", central directory record " + i);
      }
      int madeBy = u16(tail, p + 4) >> 8;
      long external = u32(tail, p + 38);
      if (madeBy == 3 && ((external >>> 16) & 0xF000) == 0xA000) {
        throw new RejectedReplyException(
            Reason.SYMLINK, where + ", entry " + i + ": a symbolic link (refused)");
      }
      p += 46 + u16(tail, p + 28) + u16(tail, p + 30) + u16(tail, p + 32);
    }
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xffffffffL;
  }

  static RejectedReplyException truncated(String at) {
    return new RejectedReplyException(
        Reason.TRUNCATED, at + ": the archive ends early (truncated), nothing of it is complete");
  }

  static RejectedReplyException malformed(String at) {
    return new RejectedReplyException(
        Reason.MALFORMED_ARCHIVE, at + ": not a readable ZIP archive");
  }

  /** The compressed bytes of one archive: counted, with the last ones kept for the directory. */
  private static final class RawStream extends BlockStream {
    private final InputStream in;
    private final String where;
    private final byte[] ring = new byte[RING];
    private long count;
    private long expanded;

    RawStream(InputStream in, String where) {
      this.in = in;
      this.where = where;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException e) {
        throw new StorageException(where + ": reading failed", e);
      }
      if (n > 0) {
        keep(b, off, n);
      }
      return n;
    }

    private void keep(byte[] b, int off, int n) {
      int len = Math.min(n, RING);
      int from = off + n - len;
      int at = (int) ((count + n - len) % RING);
      int first = Math.min(len, RING - at);
      System.arraycopy(b, from, ring, at, first);
      System.arraycopy(b, from + first, ring, 0, len - first);
      count += n;
    }

    long count() {
      return count;
    }

    /** The last bytes read (up to the ring's size) followed by the rest of the source. */
    byte[] tail(int max) {
      int kept = (int) Math.min(count, RING);
      ByteArrayOutputStream out = new ByteArrayOutputStream(kept + 1024);
      int start = (int) ((count - kept) % RING);
      for (int i = 0; i < kept; i++) {
        out.write(ring[(start + i) % RING]);
      }
      byte[] buffer = new byte[8192];
      long rest = 0;
      int n;
      try {
        while ((n = in.read(buffer)) > 0) {
          rest += n;
          if (rest > max) {
            throw new RejectedReplyException(
                Reason.MALFORMED_ARCHIVE,
                where + ": more than " + max + " bytes after the last entry");
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new StorageException(where + ": reading failed", e);
      }
      return out.toByteArray();
    }
  }

  /** One entry's expanded bytes: counted against the limits as they are read. */
  private final class EntryStream extends BlockStream {
    private final ZipInputStream zip;
    private final RawStream raw;
    private final String at;
    private long expanded;

    EntryStream(ZipInputStream zip, RawStream raw, String at) {
      this.zip = zip;
      this.raw = raw;
      this.at = at;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n;
      try {
        n = zip.read(b, off, len);
      } catch (EOFException e) {
        throw truncated(at);
      } catch (ZipException e) {
        throw malformed(at);
      } catch (IOException e) {
        throw new StorageException(at + ": reading failed", e);
      }
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      expanded += n;
      totalBytes += n;
      raw.expanded += n;
      if (totalBytes > limits.maxTotalBytes()) {
        throw new RejectedReplyException(
            Reason.TOO_LARGE,
            at + ": more than " + limits.maxTotalBytes() + " bytes expanded in all (refused)");
      }
      if (raw.expanded > ArchiveLimits.RATIO_GRACE_BYTES
          && raw.expanded > (double) limits.maxRatio() * Math.max(1, raw.count())) {
        throw new RejectedReplyException(
            Reason.EXPANSION_RATIO,
            at
                + ": expands more than "
                + limits.maxRatio()
                + " times the bytes read (a zip bomb?), refused");
      }
    }

    /** Reads what the visitor left, so that the limits count it too. */
    void drain() {
      byte[] buffer = new byte[8192];
      while (read(buffer, 0, buffer.length) >= 0) {
        // counted in read
      }
    }

    @Override
    public void close() {
      // the archive stays open: the walk goes on with the next entry
    }

    @Override
    public String toString() {
      return "EntryStream[" + at + ", " + expanded + " bytes]";
    }
  }

  /** A stream read in blocks: a single byte is read as a block of one. */
  private abstract static class BlockStream extends InputStream {
    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }
  }
}
