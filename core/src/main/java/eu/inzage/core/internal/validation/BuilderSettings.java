package eu.inzage.core.internal.validation;

import eu.inzage.core.InvalidInputException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The bookkeeping of a strict model builder: each setting once, its value checked against the
 * constraints of the field it fills when it is set, and the whole value checked when it is built.
 * Belongs to one builder; not thread-safe (a builder is used by one thread).
 */
public final class BuilderSettings {
  private final Class<?> type;
  private final Set<String> done = new HashSet<>();

  /** The settings of a builder of the given type. */
  public BuilderSettings(Class<?> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * Checks a setting and records it.
   *
   * @param field the field it fills (also the violation path)
   * @param value the value, already in its canonical form
   * @return the value
   * @throws IllegalStateException when the setting was already made (the message names the field,
   *     never the value)
   * @throws InvalidInputException when the value breaks the field's constraints
   */
  public <T> T set(String field, T value) {
    if (done.contains(field)) {
      throw new IllegalStateException(field + " was already set");
    }
    ConstraintChecker.withoutClock().requireField(type, field, value);
    done.add(field);
    return value;
  }

  /**
   * Checks a setting without recording it (for one element of a collection that is filled one
   * element at a time).
   *
   * @throws InvalidInputException when the value breaks the field's constraints
   */
  public <T> T check(String field, T value) {
    ConstraintChecker.withoutClock().requireField(type, field, value);
    return value;
  }

  /** Whether the setting was made. */
  public boolean isSet(String field) {
    return done.contains(field);
  }

  /**
   * The built value after a check of all its constraints, nested values included.
   *
   * @throws InvalidInputException with every violation, each with its field path and code
   */
  public <T> T built(T value) {
    return ConstraintChecker.withoutClock().requireValid(value);
  }
}
