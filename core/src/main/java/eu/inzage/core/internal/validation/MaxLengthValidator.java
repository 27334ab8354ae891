package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxLength}. */
public final class MaxLengthValidator implements ConstraintValidator<MaxLength, CharSequence> {
  private int max;

  @Override
  public void initialize(MaxLength annotation) {
    this.max = annotation.value();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || TextRules.codePoints(value) <= max;
  }
}
