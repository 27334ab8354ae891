package eu.inzage.adapters.internal.replies;

import eu.inzage.adapters.replies.ArchiveEntry;
import java.util.Locale;

/** The parts of an entry's path that name a reply's categories. */
final class ReplyNames {
  private ReplyNames() {}

  /** The path inside its own (innermost) archive. */
  static String inner(ArchiveEntry entry) {
    String path = entry.path();
    int nested = path.lastIndexOf("!/");
    return nested < 0 ? path : path.substring(nested + 2);
  }

  /** The file's extension in lower case, without the dot; empty if it has none. */
  static String extension(ArchiveEntry entry) {
    String file = entry.fileName();
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file's name without its extension. */
  static String stem(ArchiveEntry entry) {
    String file = entry.fileName();
    int dot = file.lastIndexOf('.');
    String stem = dot <= 0 ? file : file.substring(0, dot);
    return Labels.safe(stem.isBlank() ? null : stem.strip());
  }

  /** The first folder of the path inside its archive, or the label for a file at its root. */
  static String firstFolder(ArchiveEntry entry, String label) {
    String inner = inner(entry);
    int slash = inner.indexOf('/');
    return slash <= 0 ? label : Labels.safe(inner.substring(0, slash).strip());
  }

  /** The last folder and the file's name without extension ({@code Activity/Login History}). */
  static String folderAndStem(ArchiveEntry entry) {
    String inner = inner(entry);
    int slash = inner.lastIndexOf('/');
    if (slash <= 0) {
      return stem(entry);
    }
    String folders = inner.substring(0, slash);
    String folder = folders.substring(folders.lastIndexOf('/') + 1).strip();
    return folder.isEmpty() ? stem(entry) : Labels.safe(folder) + "/" + stem(entry);
  }

  /** Where an entry is, for messages: the archive and the entry's position, never its name. */
  static String where(String archive, ArchiveEntry entry) {
    return Labels.safe(archive)
        + ", entry "
        + entry.position()
        + (entry.depth() > 0 ? " of an archive nested in it" : "");
  }
}
