package eu.inzage.core.internal.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A participant or request id: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}; it becomes part of file and
 * object names.
 */
@Documented
@Constraint(validatedBy = ParticipantIdValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ParticipantId {
  /** The message template. */
  String message() default "must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
