package eu.inzage.core.validation.constraints;

import eu.inzage.core.internal.TextRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of at most {@link #value()} Unicode code points. Reported as {@link
 * eu.inzage.core.ViolationCode#TOO_LONG}; null passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = MaxLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {
  /** The message template. */
  String message() default "must be at most {value} characters long";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** The maximum length in code points. */
  int value();

  /**
   * Jakarta Validation's check of {@link MaxLength}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<MaxLength, CharSequence> {
    private int max;

    @Override
    public void initialize(MaxLength annotation) {
      this.max = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || TextRules.codePoints(value) <= max;
    }
  }
}
