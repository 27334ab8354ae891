package eu.inzage.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Skips unknown fields while recording their dotted paths, so that the unknown fields of a document
 * are reported at once (one more than {@link InvalidInputException#MAX_VIOLATIONS} at most, so that
 * the exception can say there were more). One instance per read; not thread-safe.
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
    if (report && violations.size() <= InvalidInputException.MAX_VIOLATIONS) {
      violations.add(
          new Violation(
              JsonErrors.path(fieldContext(p, propertyName)),
              ViolationCode.UNKNOWN_FIELD,
              "unknown field"));
    }
    p.skipChildren();
    return true;
  }

  /**
   * The innermost context whose current field is the unknown one. (Where the parser stands depends
   * on whether the value was buffered and whether it is a scalar or a structure.)
   */
  private static JsonStreamContext fieldContext(JsonParser p, String propertyName) {
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inObject() && propertyName.equals(c.getCurrentName())) {
        // a buffered structured value repeats its field's context: take the outermost copy
        JsonStreamContext parent = c.getParent();
        while (parent != null
            && parent.inObject()
            && propertyName.equals(parent.getCurrentName())) {
          c = parent;
          parent = c.getParent();
        }
        return c;
      }
    }
    return p.getParsingContext();
  }

  /** The violations recorded so far. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }
}
