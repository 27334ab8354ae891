package eu.inzage.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that was rejected. Carries every violation found, each with its field path and code;
 * nothing was changed by the call that threw it. The message lists each violation with its field,
 * code and reason ({@code invalid input: objectId INVALID_ID (must match …)}); violation messages
 * never repeat the offending value, so the message is safe to log (GDPR Art. 5(1)(f)). At most
 * {@link #MAX_VIOLATIONS} violations are kept, so that hostile input cannot blow up a message.
 */
public class InvalidInputException extends InzageException {
  /** The most violations one exception carries and reports; further ones are only counted. */
  public static final int MAX_VIOLATIONS = 100;

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Violation> violations;

  /**
   * An exception carrying the given violations (at least one); only the first {@link
   * #MAX_VIOLATIONS} are kept, and the message says when there were more.
   */
  public InvalidInputException(List<Violation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
    this.violations =
        List.copyOf(
            violations.size() > MAX_VIOLATIONS
                ? violations.subList(0, MAX_VIOLATIONS)
                : violations);
  }

  /** A single violation. */
  public InvalidInputException(String field, ViolationCode code, String message) {
    this(List.of(new Violation(field, code, message)));
  }

  /**
   * Every violation (the first {@link #MAX_VIOLATIONS} of them), in a stable order (by field path,
   * then code).
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    boolean more = violations.size() > MAX_VIOLATIONS;
    return "invalid input: "
        + (more ? violations.subList(0, MAX_VIOLATIONS) : violations)
            .stream()
                .map(
                    v ->
                        (v.field().isEmpty() ? "(document)" : v.field())
                            + " "
                            + v.code()
                            + (v.message().isEmpty() ? "" : " (" + v.message() + ")"))
                .collect(Collectors.joining(", "))
        + (more ? " (more violations not shown)" : "");
  }
}
