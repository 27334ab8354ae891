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
 * A participant or request id: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}; it becomes part of file and
 * object names. Reported as {@link eu.inzage.core.ViolationCode#INVALID_ID}; null passes (combine
 * with {@link Required}).
 */
@Documented
@Constraint(validatedBy = ParticipantId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ParticipantId {
  /** The message template. */
  String message() default "must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Jakarta Validation's check of {@link ParticipantId}; used by the validation provider, not
   * called directly.
   */
  final class Validator implements ConstraintValidator<ParticipantId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || TextRules.PARTICIPANT_ID.matcher(value).matches();
    }
  }
}
