package eu.inzage.core.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link InvalidInputException}s with dotted field paths. Jackson's
 * own messages quote the input, so they are never passed on.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /**
   * The violation for a failed read. Plain I/O failures (a file that cannot be read) are not
   * violations and are rethrown unchecked.
   *
   * @param e what Jackson threw
   * @param maxDocumentLength the reader's document size cap, named when it was exceeded
   */
  public static InvalidInputException toInvalidInput(IOException e, long maxDocumentLength) {
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      String path = e instanceof JsonMappingException m ? path(m.getPath(), null) : "";
      if (path.isEmpty() && limit.getProcessor() instanceof JsonParser parser) {
        path = path(parser.getParsingContext());
      }
      String what =
          String.valueOf(limit.getMessage()).startsWith("Document length")
              ? "document exceeds " + maxDocumentLength + " bytes"
              : "value exceeds the parser's size limits";
      return new InvalidInputException(path, ViolationCode.TOO_LONG, what);
    }
    if (e instanceof StrictTemporals.ImplausibleValueException r) {
      return new InvalidInputException(
          path(r.getPath(), null), ViolationCode.INVALID_VALUE, r.getOriginalMessage());
    }
    if (e instanceof InvalidNullException n) {
      return new InvalidInputException(
          path(n.getPath(), null), ViolationCode.MALFORMED_JSON, "null is not allowed here");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new InvalidInputException(
          path(u.getPath(), null), ViolationCode.UNKNOWN_FIELD, "unknown field");
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      // a code from a closed list (an Art. 15 item, a channel): the input is JSON, the code is not
      return new InvalidInputException(
          path(f.getPath(), null),
          ViolationCode.INVALID_VALUE,
          "unknown code; expected one of " + codes(f.getTargetType()));
    }
    if (e instanceof InvalidFormatException f) {
      boolean temporal =
          f.getTargetType() != null && Temporal.class.isAssignableFrom(f.getTargetType());
      return new InvalidInputException(
          path(f.getPath(), null),
          ViolationCode.MALFORMED_JSON,
          temporal ? "not a valid ISO date (YYYY-MM-DD) or instant" : "value has the wrong format");
    }
    if (e instanceof MismatchedInputException m) {
      String path = path(m.getPath(), null);
      return new InvalidInputException(
          path,
          ViolationCode.MALFORMED_JSON,
          path.isEmpty() ? "empty or incomplete document" : "value has the wrong type");
    }
    if (e instanceof JsonMappingException m) {
      String path = path(m.getPath(), null);
      boolean temporal = find(e, java.time.DateTimeException.class) != null;
      return new InvalidInputException(
          path,
          ViolationCode.MALFORMED_JSON,
          temporal ? "not a valid ISO date (YYYY-MM-DD) or instant" : "value cannot be read");
    }
    if (e instanceof JsonProcessingException p) {
      JsonLocation at = p.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new InvalidInputException(
          "", ViolationCode.MALFORMED_JSON, "not well-formed JSON" + where);
    }
    throw new StorageException("cannot read the input stream", e);
  }

  /** The constants of an enum, as the input spells them. */
  private static String codes(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    return String.join(", ", names);
  }

  /** The dotted path of a Jackson reference chain; field names are sanitised. */
  static String path(List<JsonMappingException.Reference> references, String last) {
    List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        parts.add(safe(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        parts.add(Integer.toString(ref.getIndex()));
      }
    }
    if (last != null) {
      parts.add(safe(last));
    }
    return String.join(".", parts);
  }

  /** The dotted path of a streaming parser's position. */
  public static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst(safe(c.getCurrentName()));
      } else if (c.inArray()) {
        parts.addFirst(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    return String.join(".", parts);
  }

  /**
   * A field name or map key fit for an error line. Names come from the input and could hold
   * anything, personal data included: a name that is not a plain identifier ({@code
   * [A-Za-z0-9_$-]{1,64}}) is shown as {@value #REDACTED}.
   */
  public static String safe(String name) {
    return SAFE_NAME.matcher(name).matches() ? name : REDACTED;
  }

  /** What an unsafe field name or map key is shown as. */
  public static final String REDACTED = "<redacted>";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,64}");

  private static <X extends Throwable> X find(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
