package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of letter Inzage writes for one participant, each tied to an article of the GDPR. */
public enum LetterKind {
  /** The access request (Art. 15), sent under the participant's mandate. */
  ACCESS,
  /**
   * The mandate (volmacht) by which the participant authorises the organisation (see {@code
   * docs/law/mandate.md}).
   */
  MANDATE,
  /** A reminder after the deadline of Art. 12(3) has passed without a complete answer. */
  REMINDER,
  /** A complaint to the supervisory authority of the participant's residence (Art. 77). */
  COMPLAINT,
  /** A request for erasure (Art. 17). */
  ERASURE;

  /** The lower-case name used in template files and on the command line, e.g. {@code access}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this {@link #id()}.
   *
   * @throws InvalidInputException naming field {@code kind} when there is no such kind
   */
  public static LetterKind fromId(String id) {
    for (LetterKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new InvalidInputException(
        "kind",
        ViolationCode.INVALID_VALUE,
        "unknown letter kind; known: "
            + Arrays.stream(values()).map(LetterKind::id).collect(Collectors.joining(", ")));
  }
}
