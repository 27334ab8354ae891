package eu.inzage.letters.internal.template;

import java.util.Map;

/**
 * The short words of one language shared by every letter: labels of the letter frame (reference,
 * date, page numbers), names of the Art. 15 items and identifiers, the date pattern. Read from
 * {@code templates/LANG/labels.properties} in UTF-8.
 */
public final class Labels {
  private final String language;
  private final Map<String, String> values;

  Labels(String language, Map<String, String> values) {
    this.language = language;
    this.values = Map.copyOf(values);
  }

  /** The language of these labels. */
  public String language() {
    return language;
  }

  /** The label for a key; a missing key is a bug in the language's files. */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("label " + key + " missing for language " + language);
    }
    return value;
  }

  /** The label for a key with {@code {name}} placeholders filled from the scope. */
  public String format(String key, Scope scope) {
    return Segments.parse(get(key), language + "/labels:" + key).render(scope);
  }

  /** Whether a key is present. */
  public boolean has(String key) {
    return values.containsKey(key);
  }
}
