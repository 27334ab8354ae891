package eu.inzage.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.InzageException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.json.JsonErrors;
import eu.inzage.core.internal.json.UnknownFieldCollector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads and writes Inzage's JSON. Configured once, immutable and thread-safe. Reading is strict:
 * unknown fields, duplicate keys, trailing content and texts over {@link #MAX_STRING_LENGTH} are
 * errors, reported as {@link InvalidInputException} with the field path and code ({@code
 * UNKNOWN_FIELD}, {@code MALFORMED_JSON}, {@code TOO_LONG}), never with an excerpt of the input.
 */
public final class InzageJson {
  /** The longest text value accepted while parsing (larger values are rejected as TOO_LONG). */
  public static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;

  /**
   * The largest document read, in bytes: 16 MiB (larger documents are rejected as TOO_LONG as soon
   * as the reader gets there, so that no document can exhaust the heap).
   */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 200;

  private static final InzageJson STRICT = new InzageJson(true);
  private static final InzageJson LENIENT = new InzageJson(false);

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  private final boolean failOnUnknown;

  private InzageJson(boolean failOnUnknown) {
    this.failOnUnknown = failOnUnknown;
    this.mapper = newMapper(failOnUnknown);
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /**
   * The strict reader and writer: unknown fields are an error (see {@code
   * docs/formats.md#strict-reading}).
   */
  public static InzageJson strict() {
    return STRICT;
  }

  /** A reader that skips unknown fields, for input known to carry extra data. */
  public static InzageJson lenient() {
    return LENIENT;
  }

  /**
   * A new, fully configured mapper (strict), for callers who need Jackson itself, e.g. to register
   * their own modules beside Inzage's.
   */
  public static ObjectMapper newMapper() {
    return newMapper(true);
  }

  private static ObjectMapper newMapper(boolean failOnUnknown) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory);
    strictScalars(builder);
    return builder
        .addModule(new InzageJacksonModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // a null inside a list or map is refused, never dropped
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * No JSON type becomes another: a number, boolean, array or object is no text, a text or float is
   * no integer, a number or text is no boolean, and an empty text is no value.
   */
  private static void strictScalars(JsonMapper.Builder builder) {
    for (LogicalType type : LogicalType.values()) {
      builder.withCoercionConfig(
          type,
          config -> {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
              config.setCoercion(shape, CoercionAction.Fail);
            }
            config.setAcceptBlankAsEmpty(false);
          });
    }
  }

  /**
   * A name taken from input (a field name or map key), fit for a field path in an error message:
   * the name itself when it is a plain identifier ({@code [A-Za-z0-9_$-]{1,64}}), else {@code
   * <redacted>}. Names could hold anything, personal data and terminal control sequences included.
   */
  public static String safeFieldName(String name) {
    return JsonErrors.safe(name);
  }

  /**
   * Reads one value of the given type.
   *
   * @throws InvalidInputException when the input is not well-formed, has unknown fields, values of
   *     the wrong type or texts that are too long; the violations name the field paths
   */
  public <T> T read(InputStream in, Class<T> type) {
    Parsed<T> parsed = parse(in, type);
    if (!parsed.unknownFields().isEmpty()) {
      throw new InvalidInputException(parsed.unknownFields());
    }
    return parsed.value();
  }

  /**
   * Reads one value and collects every unknown field (as {@code UNKNOWN_FIELD} violations) instead
   * of stopping at the first, so that a caller can report them together with validation violations.
   * A strict reader skips unknown fields only to report them; a lenient one ignores them.
   *
   * @throws InvalidInputException for input that is not well-formed, values of the wrong type or
   *     texts that are too long
   */
  public <T> Parsed<T> parse(InputStream in, Class<T> type) {
    UnknownFieldCollector collector = new UnknownFieldCollector(failOnUnknown);
    try {
      T value = mapper.readerFor(type).withHandler(collector).readValue(in);
      if (value == null) {
        throw new InvalidInputException("", ViolationCode.MALFORMED_JSON, "document is null");
      }
      return new Parsed<>(value, collector.violations());
    } catch (IOException e) {
      throw JsonErrors.toInvalidInput(e, MAX_DOCUMENT_LENGTH);
    }
  }

  /**
   * A value read from JSON, with the unknown fields that were skipped.
   *
   * @param value the value
   * @param unknownFields one {@code UNKNOWN_FIELD} violation per unknown field, in input order
   * @param <T> the type read
   */
  public record Parsed<T>(T value, List<Violation> unknownFields) {
    /** Makes the list immutable. */
    public Parsed {
      unknownFields = List.copyOf(unknownFields);
    }
  }

  /** Reads a JSON array of values of the given type. */
  public <T> List<T> readList(InputStream in, Class<T> elementType) {
    try {
      ObjectReader reader =
          mapper.readerFor(
              mapper.getTypeFactory().constructCollectionType(List.class, elementType));
      return reader.readValue(in);
    } catch (IOException e) {
      throw JsonErrors.toInvalidInput(e, MAX_DOCUMENT_LENGTH);
    }
  }

  /** Reads one value from a string, with the rules of {@link #read(InputStream, Class)}. */
  public <T> T read(String json, Class<T> type) {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
  }

  /** The compact JSON text of a value. */
  public String write(Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (IOException e) {
      throw new InzageException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The indented JSON text of a value. */
  public String writePretty(Object value) {
    try {
      return prettyWriter.writeValueAsString(value);
    } catch (IOException e) {
      throw new InzageException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes the compact JSON of a value to the caller's stream (the stream stays open).
   *
   * @throws IOException what the caller's stream throws
   */
  public void write(OutputStream out, Object value) throws IOException {
    writer.writeValue(out, value);
  }
}
