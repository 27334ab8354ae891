package eu.inzage.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Skips unknown fields while recording their dotted paths, so that every unknown field of a
 * document is reported at once. One instance per read; not thread-safe.
 */
public final class UnknownFieldCollector extends DeserializationProblemHandler {
  private final boolean report;
  private final List<Violation> violations = new ArrayList<>();

  /** A collector that reports ({@code true}) or silently ignores unknown fields. */
  public UnknownFieldCollector(boolean report) {
    this.report = report;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    if (report) {
      violations.add(
          new Violation(path(p.getParsingContext()), ViolationCode.UNKNOWN_FIELD, "unknown field"));
    }
    p.skipChildren();
    return true;
  }

  /** The violations recorded so far. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst(JsonErrors.safe(c.getCurrentName()));
      } else if (c.inArray()) {
        parts.addFirst(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    return String.join(".", parts);
  }
}
