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
 * An ISO 639-1 language code, lower case. Reported as {@link
 * eu.inzage.core.ViolationCode#UNKNOWN_LANGUAGE}; null passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {
  /** The message template. */
  String message() default "must be an ISO 639-1 language code";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link LanguageCode}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<LanguageCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.isLanguage(value);
    }
  }
}
