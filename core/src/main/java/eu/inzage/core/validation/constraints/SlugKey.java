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
 * A map key or list element that must be a controller slug. Reported as {@link
 * eu.inzage.core.ViolationCode#INVALID_ID}; null passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = SlugKey.Validator.class)
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SlugKey {
  /** The message template. */
  String message() default "must be a controller slug of lower-case letters, digits and hyphens";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link SlugKey}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<SlugKey, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.SLUG.matcher(value).matches();
    }
  }
}
