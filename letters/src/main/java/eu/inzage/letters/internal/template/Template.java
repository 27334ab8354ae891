package eu.inzage.letters.internal.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A parsed letter template: one resource file per language and kind, the single source of the
 * letter's wording for both PDF and plain text. Line syntax:
 *
 * <ul>
 *   <li>{@code # ...} comment; a blank line ends a paragraph;
 *   <li>{@code @subject}, {@code @salutation}, {@code @closing}, {@code @heading}, {@code
 *       @enclosure}, {@code @cc} followed by text;
 *   <li>{@code @field Label | value} a labelled value;
 *   <li>{@code - text} a list item (following plain lines continue it);
 *   <li>{@code @if name}, {@code @if !name}, {@code @else}, {@code @end}; {@code @each name} ...
 *       {@code @end} repeats for every item of a list;
 *   <li>any other line is running text; {@code {name}} inserts a value as plain data.
 * </ul>
 */
public final class Template {
  private static final Set<String> DIRECTIVES =
      Set.of("subject", "salutation", "closing", "heading", "enclosure", "cc");

  private sealed interface Node permits Directive, Field, Bullet, Text, Blank, If, Each {}

  private record Directive(String name, Segments text) implements Node {}

  private record Field(Segments label, Segments value) implements Node {}

  private record Bullet(Segments text) implements Node {}

  private record Text(Segments text) implements Node {}

  private record Blank() implements Node {}

  private record If(String name, boolean negate, List<Node> then, List<Node> otherwise)
      implements Node {}

  private record Each(String name, List<Node> body) implements Node {}

  private final String source;
  private final List<Node> nodes;

  private Template(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = nodes;
  }

  /** The resource name this template was read from. */
  public String source() {
    return source;
  }

  /** Parses template text; {@code source} names it in error messages. */
  public static Template parse(String text, String source) {
    Deque<List<Node>> stack = new ArrayDeque<>();
    Deque<Object[]> open = new ArrayDeque<>(); // {kind, name, negate, thenList}
    List<Node> current = new ArrayList<>();
    StringBuilder bullet = null;
    int lineNo = 0;
    for (String raw : text.split("\r?\n", -1)) {
      lineNo++;
      String where = source + ":" + lineNo;
      String line = raw.strip();
      boolean continuesBullet =
          bullet != null && !line.isEmpty() && !line.startsWith("@") && !line.startsWith("- ");
      if (continuesBullet) {
        bullet.append(' ').append(line);
        continue;
      }
      if (bullet != null) {
        current.add(new Bullet(Segments.parse(bullet.toString(), where)));
        bullet = null;
      }
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        current.add(new Blank());
      } else if (line.startsWith("- ")) {
        bullet = new StringBuilder(line.substring(2).strip());
      } else if (line.startsWith("@")) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line.substring(1) : line.substring(1, space);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        switch (word) {
          case "if" -> {
            boolean negate = rest.startsWith("!");
            String name = negate ? rest.substring(1).strip() : rest;
            open.push(new Object[] {"if", name, negate, null});
            stack.push(current);
            current = new ArrayList<>();
          }
          case "each" -> {
            open.push(new Object[] {"each", rest, false, null});
            stack.push(current);
            current = new ArrayList<>();
          }
          case "else" -> {
            Object[] frame = open.peek();
            if (frame == null || !"if".equals(frame[0]) || frame[3] != null) {
              throw new IllegalStateException("@else without @if in " + where);
            }
            frame[3] = current;
            current = new ArrayList<>();
          }
          case "end" -> {
            Object[] frame = open.poll();
            if (frame == null) {
              throw new IllegalStateException("@end without @if/@each in " + where);
            }
            List<Node> body = current;
            current = stack.pop();
            if ("each".equals(frame[0])) {
              current.add(new Each((String) frame[1], List.copyOf(body)));
            } else {
              @SuppressWarnings("unchecked")
              List<Node> then = frame[3] == null ? body : (List<Node>) frame[3];
              List<Node> otherwise = frame[3] == null ? List.of() : body;
              current.add(
                  new If((String) frame[1], (Boolean) frame[2], List.copyOf(then), otherwise));
            }
          }
          case "field" -> {
            int bar = rest.indexOf('|');
            if (bar < 0) {
              throw new IllegalStateException("@field needs 'label | value' in " + where);
            }
            current.add(
                new Field(
                    Segments.parse(rest.substring(0, bar).strip(), where),
                    Segments.parse(rest.substring(bar + 1).strip(), where)));
          }
          default -> {
            if (!DIRECTIVES.contains(word)) {
              throw new IllegalStateException("unknown directive @" + word + " in " + where);
            }
            current.add(new Directive(word, Segments.parse(rest, where)));
          }
        }
      } else {
        current.add(new Text(Segments.parse(line, where)));
      }
    }
    if (bullet != null) {
      current.add(new Bullet(Segments.parse(bullet.toString(), source)));
    }
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed @" + open.peek()[0] + " in " + source);
    }
    return new Template(source, List.copyOf(current));
  }

  /** Renders the template with these values into the sink. */
  public void render(Scope scope, TemplateSink sink) {
    render(nodes, scope, sink);
  }

  private static void render(List<Node> nodes, Scope scope, TemplateSink sink) {
    for (Node node : nodes) {
      if (node instanceof Directive d) {
        sink.directive(d.name(), d.text().render(scope));
      } else if (node instanceof Field f) {
        sink.field(f.label().render(scope), f.value().render(scope));
      } else if (node instanceof Bullet b) {
        sink.bullet(b.text().render(scope));
      } else if (node instanceof Text t) {
        sink.text(t.text().render(scope));
      } else if (node instanceof Blank) {
        sink.paragraphBreak();
      } else if (node instanceof If i) {
        render(scope.truthy(i.name()) != i.negate() ? i.then() : i.otherwise(), scope, sink);
      } else if (node instanceof Each e) {
        for (Scope item : scope.items(e.name())) {
          render(e.body(), item, sink);
        }
      }
    }
  }
}
