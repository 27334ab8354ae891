package eu.inzage.core.validation;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.internal.validation.ConstraintChecker;
import eu.inzage.core.json.InzageJson;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Validates participants, organisations, controller profiles, requests, mandates and campaigns, and
 * any other type whose fields carry the constraints of {@link
 * eu.inzage.core.validation.constraints}. Immutable and thread-safe; build one per {@link Clock}
 * and share it.
 *
 * <p>Messages are interpolated without an expression language, so no message can ever evaluate or
 * echo an input value.
 */
public final class ModelValidator {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::code);

  private final ConstraintChecker checker;
  private final InzageJson json;

  private ModelValidator(ConstraintChecker checker, InzageJson json) {
    this.checker = checker;
    this.json = json;
  }

  /** A validator that judges dates against the given clock and reads JSON strictly. */
  public static ModelValidator create(Clock clock) {
    return new ModelValidator(
        ConstraintChecker.withClock(Objects.requireNonNull(clock, "clock")), InzageJson.strict());
  }

  /**
   * The shared validator that needs no clock, the one the model's builders use: it checks every
   * constraint except those that judge a date against today (a birth date in the future, {@code
   * FUTURE_DATE}); {@link #create(Clock)} checks those as well.
   */
  public static ModelValidator withoutClock() {
    return WithoutClock.INSTANCE;
  }

  /** Every violation of the value, sorted by field path and code; empty when valid. */
  public List<Violation> validate(Object value) {
    return checker.validate(value);
  }

  /**
   * Every violation of the constraints declared on one field of a type for a candidate value,
   * sorted by field path and code: how a builder checks a setting before the whole value exists.
   * Nested values ({@code @Valid}) are checked only by {@link #validate(Object)}.
   *
   * @param type the type that declares the field
   * @param field the field's name, which is also the first part of every violation's path
   * @param value the candidate value (null is judged by {@code @Required} alone)
   * @throws IllegalArgumentException when the type declares no such field
   */
  public List<Violation> validateField(Class<?> type, String field, Object value) {
    return checker.validateField(type, field, value);
  }

  /**
   * Returns the value when valid.
   *
   * @throws InvalidInputException with every violation otherwise
   */
  public <T> T requireValid(T value) {
    return checker.requireValid(value);
  }

  /**
   * Checks one field's candidate value, as {@link #validateField(Class, String, Object)} does.
   *
   * @throws InvalidInputException with every violation of the field's constraints
   */
  public void requireValidField(Class<?> type, String field, Object value) {
    checker.requireField(type, field, value);
  }

  /**
   * Reads a JSON document and validates it: the one call for untrusted input.
   *
   * @throws InvalidInputException for malformed JSON or a wrong type (one violation, since parsing
   *     stops there), or with every unknown field and every validation violation otherwise
   */
  public <T> T read(InputStream in, Class<T> type) {
    InzageJson.Parsed<T> parsed = json.parse(in, type);
    List<Violation> violations = new ArrayList<>(parsed.unknownFields());
    violations.addAll(validate(parsed.value()));
    if (!violations.isEmpty()) {
      violations.sort(ORDER);
      throw new InvalidInputException(violations);
    }
    return parsed.value();
  }

  /** The shared validator without a clock, created on first use. */
  private static final class WithoutClock {
    static final ModelValidator INSTANCE =
        new ModelValidator(ConstraintChecker.withoutClock(), InzageJson.strict());

    private WithoutClock() {}
  }
}
