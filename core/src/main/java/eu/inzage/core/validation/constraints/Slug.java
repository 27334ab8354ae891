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
 * A controller slug: lower-case letters, digits and hyphens, at most 100 characters (the open
 * directory has slugs of 80). Reported as {@link eu.inzage.core.ViolationCode#INVALID_ID}; null
 * passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = Slug.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {
  /** The message template. */
  String message() default "must be a slug of lower-case letters, digits and hyphens";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link Slug}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<Slug, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.SLUG.matcher(value).matches();
    }
  }
}
