package eu.inzage.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ParticipantId}. */
public final class ParticipantIdValidator implements ConstraintValidator<ParticipantId, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || TextRules.PARTICIPANT_ID.matcher(value).matches();
  }
}
