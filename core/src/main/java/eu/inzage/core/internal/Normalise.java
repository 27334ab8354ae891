package eu.inzage.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Canonical forms applied by the model's constructors, so equal facts compare equal. */
public final class Normalise {
  private Normalise() {}

  /**
   * A country code in upper case; {@code EL} (EU usage for Greece) becomes {@code GR} (ISO 3166-1),
   * as {@code docs/law/eligibility.md} asks. Invalid codes are kept as given, for validation to
   * report.
   */
  public static String country(String code) {
    if (code == null) {
      return null;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    return upper.equals("EL") ? "GR" : upper;
  }

  /** A language code in lower case. */
  public static String language(String code) {
    return code == null ? null : code.toLowerCase(Locale.ROOT);
  }

  /** An immutable copy of a list, empty for null; nulls inside are kept out. */
  public static <T> List<T> list(Collection<? extends T> values) {
    if (values == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      if (value != null) {
        copy.add(value);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  /** An immutable, ordered copy of an enum set, empty for null. */
  public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      for (E value : values) {
        if (value != null) {
          copy.add(value);
        }
      }
    }
    return Collections.unmodifiableSet(copy);
  }

  /** An immutable copy of a map that keeps its order, empty for null. */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> values) {
    if (values == null) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
