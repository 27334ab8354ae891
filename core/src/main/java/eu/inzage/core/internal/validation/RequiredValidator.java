package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Required}. */
public final class RequiredValidator implements ConstraintValidator<Required, Object> {

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return false;
    }
    return !(value instanceof CharSequence text) || !text.toString().isBlank();
  }
}
