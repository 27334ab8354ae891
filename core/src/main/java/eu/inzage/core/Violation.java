package eu.inzage.core;

import java.util.Objects;

/**
 * One problem with one field of an input: a dotted field path ({@code address.postalCode}, {@code
 * accounts.tiktok.email}), a stable code and a message. The message never repeats the offending
 * value, because the value may be personal data.
 *
 * @param field the dotted path of the field, or the empty string for the document as a whole
 * @param code the stable code
 * @param message a human-readable explanation without the value
 */
public record Violation(String field, ViolationCode code, String message) {

  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (field.isEmpty() ? "(document)" : field) + ": " + code + " (" + message + ")";
  }
}
