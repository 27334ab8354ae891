package eu.inzage.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Canonical forms applied by the model's constructors, so equal facts compare equal. */
public final class Normalise {
  private Normalise() {}

  /**
   * A country code in upper case; {@code EL} (EU usage for Greece) becomes {@code GR} (ISO 3166-1),
   * as {@code docs/law/eligibility.md} asks. Only ASCII letters change case ({@link #asciiUpper}),
   * so no other character can fold into a code. Invalid codes are kept, for validation to report.
   */
  public static String country(String code) {
    if (code == null) {
      return null;
    }
    String upper = asciiUpper(code);
    return upper.equals("EL") ? "GR" : upper;
  }

  /** A language code in lower case (ASCII letters only, see {@link #asciiLower}). */
  public static String language(String code) {
    return code == null ? null : asciiLower(code);
  }

  /**
   * The text with {@code a}–{@code z} in upper case and every other character as it is. Unlike
   * {@code toUpperCase}, no non-ASCII letter becomes an ASCII one: a dotless {@code ı} stays, so
   * {@code "ıt"} never passes for {@code IT}, nor {@code "ſe"} (long s) for {@code SE}.
   */
  public static String asciiUpper(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /**
   * The text with {@code A}–{@code Z} in lower case and every other character as it is: the Kelvin
   * sign {@code K} (U+212A) stays, so it never passes for {@code k}.
   */
  public static String asciiLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
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
