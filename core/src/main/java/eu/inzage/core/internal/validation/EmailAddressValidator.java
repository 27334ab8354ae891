package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmailAddress}. */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || TextRules.isEmail(value);
  }
}
