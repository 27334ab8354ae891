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
 * A text without control characters (CR, LF, NUL, tab …), line or paragraph separators, or
 * bidirectional overrides. Reported as {@link eu.inzage.core.ViolationCode#CONTROL_CHARACTERS};
 * null passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  /** The message template. */
  String message() default "must not contain control characters or line breaks";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link PlainText}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || !TextRules.hasControlCharacters(value);
    }
  }
}
