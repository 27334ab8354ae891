package eu.inzage.adapters;

import java.util.Objects;

/**
 * One identifier a controller needs from a participant, and how to ask for it when it is missing.
 *
 * @param identifier what is needed
 * @param need how much it is needed
 * @param question how to ask the participant for it, in plain words (English for the built-in
 *     controllers; the directory's own description for imported ones)
 */
public record IdentifierNeed(Identifier identifier, Need need, String question) {

  /** Checks that every part is present. */
  public IdentifierNeed {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(question, "question");
  }

  /** How much a controller needs an identifier. */
  public enum Need {
    /** Without it the controller cannot find the data: the request should wait for it. */
    REQUIRED,
    /**
     * One of a group: the controller finds the data with any one of the identifiers marked so (a
     * TikTok account by its user name, e-mail address or phone number).
     */
    ONE_OF,
    /** Helps the controller search, but a request goes out without it. */
    OPTIONAL
  }
}
