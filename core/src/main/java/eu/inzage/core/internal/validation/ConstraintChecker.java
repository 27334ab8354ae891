package eu.inzage.core.internal.validation;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks values against their constraint annotations with Hibernate Validator and reports Inzage
 * violations, sorted by field path and code. Immutable and thread-safe.
 *
 * <p>Messages are interpolated without an expression language, so no message can ever evaluate or
 * echo an input value. A checker without a clock skips the constraints that judge a date against
 * today ({@code FUTURE_DATE}): their outcome is a question for a checker with the caller's clock.
 */
public final class ConstraintChecker {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::code);

  private final Validator validator;
  private final boolean judgesToday;

  private ConstraintChecker(Clock clock, boolean judgesToday) {
    this.validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    this.judgesToday = judgesToday;
  }

  /** A checker that judges dates against the given clock. */
  public static ConstraintChecker withClock(Clock clock) {
    return new ConstraintChecker(Objects.requireNonNull(clock, "clock"), true);
  }

  /**
   * The shared checker for values assembled in code: every constraint except those judged against
   * today. Created on first use.
   */
  public static ConstraintChecker withoutClock() {
    return Shared.INSTANCE;
  }

  /** Every violation of the value, its nested values included; empty when valid. */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    return sorted(validator.validate(value), "");
  }

  /**
   * Every violation of the constraints declared on one field of a type for a candidate value, with
   * paths starting at the field. Nested values ({@code @Valid}) are not followed; {@link
   * #validate(Object)} of the whole value does that.
   *
   * @throws IllegalArgumentException when the type has no such field
   */
  public List<Violation> validateField(Class<?> type, String field, Object value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    return sorted(validator.validateValue(type, field, value), field);
  }

  /**
   * Returns the value when valid.
   *
   * @throws InvalidInputException with every violation otherwise
   */
  public <T> T requireValid(T value) {
    throwIfAny(validate(value));
    return value;
  }

  /**
   * Checks one field's candidate value.
   *
   * @throws InvalidInputException with every violation of the field's constraints
   */
  public void requireField(Class<?> type, String field, Object value) {
    throwIfAny(validateField(type, field, value));
  }

  private static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private <T> List<Violation> sorted(Set<ConstraintViolation<T>> found, String prefix) {
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<T> v : found) {
      if (judgesToday || !ViolationMapper.judgesToday(v)) {
        out.add(ViolationMapper.toViolation(v, prefix));
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The lazily created shared instance (bootstrapping a validator takes a while). */
  private static final class Shared {
    static final ConstraintChecker INSTANCE = new ConstraintChecker(Clock.systemUTC(), false);

    private Shared() {}
  }
}
