package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || TextRules.SLUG.matcher(value).matches();
  }
}
