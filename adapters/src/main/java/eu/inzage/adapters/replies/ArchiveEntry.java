package eu.inzage.adapters.replies;

/**
 * A file inside an archive, as handed to an {@link EntryVisitor}. Its path passed the checks of
 * {@link SafeArchive} (no {@code ..}, no absolute path, drive letter, backslash or control
 * character), but it is still the controller's text: it may name people (a chat partner), so do not
 * log it.
 *
 * @param path the path inside the archive; inside a nested archive it is prefixed with the nested
 *     archive's path and {@code !/} ({@code data.zip!/user_data.json})
 * @param position the entry's 1-based position in its own archive
 * @param depth 0 for an entry of the outermost archive, 1 inside a nested archive, and so on
 */
public record ArchiveEntry(String path, int position, int depth) {

  /** The file name: the part of the path after its last {@code /}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "ArchiveEntry[position=" + position + ", depth=" + depth + "]";
  }
}
