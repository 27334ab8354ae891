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
 * A text that prints as what it says: no control characters (CR, LF, NUL, ESC, tab …), line or
 * paragraph separators, format characters (bidirectional overrides and marks such as U+202E,
 * U+200E, U+061C, zero-width characters, the soft hyphen, tags; the joiners U+200C and U+200D are
 * allowed), private-use or unassigned code points, no more than 30 combining marks in a row
 * (Unicode's stream-safe format), and at least one visible character unless blank (a value of only
 * U+00A0 or U+3164 is refused). Reported as {@link
 * eu.inzage.core.ViolationCode#CONTROL_CHARACTERS}; null passes (combine with {@link Required},
 * which refuses a blank value).
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
      if (value == null) {
        return true;
      }
      if (TextRules.hasControlCharacters(value)) {
        return false;
      }
      if (TextRules.isInvisible(value)) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("must have a visible character")
            .addConstraintViolation();
        return false;
      }
      return true;
    }
  }
}
