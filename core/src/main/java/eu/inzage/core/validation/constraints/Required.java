package eu.inzage.core.validation.constraints;

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
 * The field must be present; a text must not be blank. Reported as {@link
 * eu.inzage.core.ViolationCode#REQUIRED}.
 */
@Documented
@Constraint(validatedBy = Required.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Required {
  /** The message template. */
  String message() default "is required";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link Required}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<Required, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return false;
      }
      return !(value instanceof CharSequence text) || !text.toString().isBlank();
    }
  }
}
