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
 * A plausible e-mail address (RFC 5321 lengths, a dotted domain). Reported as {@link
 * eu.inzage.core.ViolationCode#INVALID_EMAIL}; null passes (combine with {@link Required}).
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {
  /** The message template. */
  String message() default "must be a valid e-mail address";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link EmailAddress}; used by the validation provider, not called
   * directly.
   */
  final class Validator implements ConstraintValidator<EmailAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.isEmail(value);
    }
  }
}
