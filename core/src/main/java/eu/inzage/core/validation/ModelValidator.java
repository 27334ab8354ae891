package eu.inzage.core.validation;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.internal.validation.ViolationMapper;
import eu.inzage.core.json.InzageJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates participants, organisations, controller profiles, requests, mandates and campaigns.
 * Immutable and thread-safe; build one per {@link Clock} and share it.
 *
 * <p>Messages are interpolated without an expression language, so no message can ever evaluate or
 * echo an input value.
 */
public final class ModelValidator {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::code);

  private final Validator validator;
  private final InzageJson json;

  private ModelValidator(Clock clock, InzageJson json) {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.json = json;
  }

  /** A validator that judges dates against the given clock and reads JSON strictly. */
  public static ModelValidator create(Clock clock) {
    return new ModelValidator(Objects.requireNonNull(clock, "clock"), InzageJson.strict());
  }

  /** Every violation of the value, sorted by field path and code; empty when valid. */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      out.add(ViolationMapper.toViolation(v));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * Returns the value when valid.
   *
   * @throws InvalidInputException with every violation otherwise
   */
  public <T> T requireValid(T value) {
    List<Violation> violations = validate(value);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return value;
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
}
