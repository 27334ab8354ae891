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
 * A plausible phone number: an optional +, then 7 to 15 digits, optionally grouped by spaces, dots,
 * hyphens or parentheses. Reported as {@link eu.inzage.core.ViolationCode#INVALID_PHONE}; null
 * passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {
  /** The message template. */
  String message() default "must be a valid phone number";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link PhoneNumber}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<PhoneNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.isPhone(value);
    }
  }
}
