package eu.inzage.adapters.replies;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;

/**
 * A reply (an archive or an export file) that was refused, with the {@link Reason}. The field is
 * always {@code export}; the message names the archive or file and the entry's position, never an
 * entry's name nor any content, so it is safe to log.
 */
public class RejectedReplyException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Why a reply was refused. */
  public enum Reason {
    /**
     * An entry's path is absolute, has a drive letter or backslash, or climbs out with {@code ..}.
     */
    PATH_TRAVERSAL,
    /** An entry is a symbolic link (its Unix mode in the central directory). */
    SYMLINK,
    /** An entry's name holds control or format characters, or is longer than 1,024 characters. */
    BAD_NAME,
    /** More bytes expanded than {@link ArchiveLimits#maxTotalBytes()}. */
    TOO_LARGE,
    /** An archive expanded more than {@link ArchiveLimits#maxRatio()} times the bytes read. */
    EXPANSION_RATIO,
    /** More entries than {@link ArchiveLimits#maxEntries()}. */
    TOO_MANY_ENTRIES,
    /** Archives nested deeper than {@link ArchiveLimits#maxDepth()}. */
    TOO_DEEP,
    /** The archive ends early: an entry or its central directory is cut off. */
    TRUNCATED,
    /** Not a readable ZIP archive. */
    MALFORMED_ARCHIVE,
    /** An export file that is not well-formed JSON or not of the expected shape. */
    MALFORMED_JSON,
    /**
     * A CSV report that is not well-formed CSV (a quoted field that never ends, a character after a
     * closing quote, bytes that are not text).
     */
    MALFORMED_CSV,
    /**
     * A field of a report or export (a CSV field, a JSON string) longer than the reader's limit:
     * refused before it can fill the memory.
     */
    OVERSIZED_FIELD,
    /** An archive holds no export file the reader knows, or more than one. */
    NO_EXPORT,
    /**
     * A letter ({@code .txt}, {@code .eml} or {@code .pdf}) that cannot be read: not UTF-8, not a
     * MIME message, not a PDF, without any text, or longer than {@link LetterText#MAX_BYTES}.
     */
    UNREADABLE_LETTER,
    /** A reply whose file type (its name's extension) no reader knows. */
    UNKNOWN_FORMAT
  }

  private final Reason reason;

  /** A refusal for the given reason; the message must hold no entry name nor content. */
  public RejectedReplyException(Reason reason, String message) {
    super("export", code(reason), message);
    this.reason = reason;
  }

  /** Why the reply was refused. */
  public Reason reason() {
    return reason;
  }

  private static ViolationCode code(Reason reason) {
    return switch (reason) {
      case MALFORMED_JSON -> ViolationCode.MALFORMED_JSON;
      case OVERSIZED_FIELD -> ViolationCode.TOO_LONG;
      case BAD_NAME -> ViolationCode.CONTROL_CHARACTERS;
      case NO_EXPORT -> ViolationCode.REQUIRED;
      default -> ViolationCode.INVALID_VALUE;
    };
  }
}
