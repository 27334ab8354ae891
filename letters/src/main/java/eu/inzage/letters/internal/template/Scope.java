package eu.inzage.letters.internal.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template may use: strings, booleans and lists of nested scopes (for {@code @each}).
 * A lookup falls back to the enclosing scope. Using a name that has no value is a template bug and
 * fails loudly, so that no letter ever goes out with a placeholder in it.
 */
public final class Scope {
  private final Scope parent;
  private final Map<String, Object> values = new HashMap<>();
  private final String source;

  private Scope(Scope parent, String source) {
    this.parent = parent;
    this.source = source;
  }

  /** A new top-level scope; {@code source} names the letter in error messages. */
  public static Scope root(String source) {
    return new Scope(null, source);
  }

  /** A nested scope whose lookups fall back to this one. */
  public Scope child() {
    return new Scope(this, source);
  }

  /** Sets a text value; null means absent. */
  public Scope put(String name, String value) {
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  /** Sets a flag. */
  public Scope flag(String name, boolean value) {
    values.put(name, value);
    return this;
  }

  /** Sets a list of nested scopes for {@code @each}. */
  public Scope list(String name, List<Scope> items) {
    values.put(name, List.copyOf(items));
    return this;
  }

  Object find(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Object value = s.values.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Whether a value is present and not false, blank or empty. */
  public boolean truthy(String name) {
    Object value = find(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    return false;
  }

  /**
   * The text value of a name; fails when absent (a template uses what the letter does not know).
   */
  public String text(String name) {
    Object value = find(name);
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalStateException(
        "template " + source + " uses {" + name + "} without a value; guard it with @if");
  }

  /** The list value of a name (empty when absent). */
  @SuppressWarnings("unchecked")
  public List<Scope> items(String name) {
    Object value = find(name);
    return value instanceof List<?> l ? (List<Scope>) l : List.of();
  }
}
