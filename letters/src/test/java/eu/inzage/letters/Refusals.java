package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Asserts that a call is refused with exactly one violation, at a field with a code. */
final class Refusals {
  private Refusals() {}

  /** The exception, for further assertions on its message. */
  static InvalidInputException refusedAt(ThrowingCallable call, String field, ViolationCode code) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field, Violation::code)
                  .containsExactly(Tuple.tuple(field, code));
              thrown[0] = e;
            });
    return thrown[0];
  }
}
