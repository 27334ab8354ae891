package eu.inzage.adapters.replies;

import java.util.Objects;

/**
 * A statement a controller makes in the text of its reply that bears on the assessment of an access
 * request (Art. 15 GDPR), with the sentence that says it.
 *
 * @param kind what is stated
 * @param evidence the matched sentence, normalised (lower case, whitespace collapsed), at most
 *     {@value #MAX_EVIDENCE} characters
 */
public record Statement(Kind kind, String evidence) {
  /** The longest evidence kept, in characters. */
  public static final int MAX_EVIDENCE = 300;

  /** What a reply states. */
  public enum Kind {
    /**
     * "We hold no (personal) data about you": a negative confirmation under Art. 15(1) GDPR (the
     * first half of the right of access, whether data are processed at all).
     */
    NO_DATA,
    /**
     * "We act only as a processor (for our customers)": the sender claims to be a processor (Art.
     * 4(8), Art. 28 GDPR), not the controller the request is addressed to.
     */
    PROCESSOR_ONLY
  }

  /** Checks the values; trims the evidence to {@value #MAX_EVIDENCE} characters. */
  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.length() > MAX_EVIDENCE) {
      evidence = evidence.substring(0, MAX_EVIDENCE - 1) + "…";
    }
  }

  /** Shows the kind and only the length of the evidence (a sentence of the reply). */
  @Override
  public String toString() {
    return "Statement[" + kind + ", evidence " + evidence.length() + " chars]";
  }
}
