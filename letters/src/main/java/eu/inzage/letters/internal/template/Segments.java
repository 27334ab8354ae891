package eu.inzage.letters.internal.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of template text split into literal parts and {@code {name}} placeholders. Parsing happens
 * once, on the template; values are inserted afterwards as plain data, so a value that looks like a
 * placeholder or markup is printed as it is. <code>{{</code> and <code>}}</code> write literal
 * braces.
 */
public final class Segments {
  private final List<String> parts; // even index: literal, odd index: placeholder name

  private Segments(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Parses one line of template text. */
  public static Segments parse(String text, String source) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int end = text.indexOf('}', i);
        if (end < 0) {
          throw new IllegalStateException("unclosed placeholder in template " + source);
        }
        String name = text.substring(i + 1, end).strip();
        if (!name.matches("[A-Za-z][A-Za-z0-9_.]*")) {
          throw new IllegalStateException("bad placeholder name in template " + source);
        }
        parts.add(literal.toString());
        parts.add(name);
        literal.setLength(0);
        i = end + 1;
      } else if (c == '}') {
        throw new IllegalStateException("stray closing brace in template " + source);
      } else {
        literal.append(c);
        i++;
      }
    }
    parts.add(literal.toString());
    return new Segments(parts);
  }

  /** The placeholder names this line uses. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i < parts.size(); i += 2) {
      names.add(parts.get(i));
    }
    return names;
  }

  /**
   * The line with every placeholder replaced by its value from the scope, inserted literally. A
   * value that ends with a full stop (a name such as "Palantir Technologies Inc.") absorbs the full
   * stop of the text that follows it, so that no sentence ends in two.
   */
  public String render(Scope scope) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = i % 2 == 0 ? parts.get(i) : scope.text(parts.get(i));
      if (i % 2 == 0
          && part.startsWith(".")
          && !part.startsWith("..")
          && out.length() > 0
          && out.charAt(out.length() - 1) == '.') {
        part = part.substring(1);
      }
      out.append(part);
    }
    return out.toString();
  }
}
