package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CountryCode}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || TextRules.isCountry(value);
  }
}
