package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;

/** The collective letters the organisation writes for many participants at once. */
public enum CollectiveKind {
  /**
   * The cover letter of a collective access request (Art. 15 GDPR) to one controller, with an annex
   * of the participants and their mandates (agency, see {@code docs/law/mandate.md}) bundled behind
   * it.
   */
  COVER("cover"),
  /**
   * A collective complaint (Art. 80(1) with Art. 77 GDPR) to one supervisory authority about one
   * controller, with the participants' findings in an annex and their mandates bundled behind it.
   */
  COMPLAINT("collective-complaint");

  private final String id;

  CollectiveKind(String id) {
    this.id = id;
  }

  /** The name used in template files and on the command line: {@code cover}. */
  public String id() {
    return id;
  }

  /**
   * The kind with this {@link #id()}.
   *
   * @throws InvalidInputException naming field {@code kind} when there is no such kind
   */
  public static CollectiveKind fromId(String id) {
    for (CollectiveKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new InvalidInputException(
        "kind", ViolationCode.INVALID_VALUE, "unknown collective letter kind");
  }
}
