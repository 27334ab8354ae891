package eu.inzage.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import eu.inzage.core.internal.PlausibleDates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The only readings of dates and instants: a JSON string in ISO form ({@code YYYY-MM-DD}; an
 * ISO-8601 date and time with an offset), within {@link Dates#EARLIEST} and {@link Dates#LATEST}.
 * Numbers (epoch days or seconds), arrays ({@code [1977,7,17]}), a time where a date is expected
 * and signed or five-digit years are refused; so is anything outside the range.
 */
public final class StrictTemporals {
  private static final int MAX_INSTANT_LENGTH = 64;

  private StrictTemporals() {}

  /** A value that is well-formed but outside its plausible range; mapped to INVALID_VALUE. */
  public static final class ImplausibleValueException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    ImplausibleValueException(JsonParser parser, String reason) {
      super(parser, reason);
    }
  }

  /** Reads a {@link LocalDate}. */
  public static final class LocalDateReader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    /** Creates the reader. */
    public LocalDateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      LocalDate date = PlausibleDates.parseIso(p.getText());
      if (date == null) {
        return (LocalDate)
            ctxt.handleWeirdStringValue(LocalDate.class, "", "not a valid ISO date (YYYY-MM-DD)");
      }
      if (!PlausibleDates.isPlausible(date)) {
        throw new ImplausibleValueException(p, PlausibleDates.OUT_OF_RANGE);
      }
      return date;
    }
  }

  /** Reads an {@link Instant}. */
  public static final class InstantReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the reader. */
    public InstantReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      Instant instant = null;
      if (text.length() <= MAX_INSTANT_LENGTH) {
        try {
          instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
          instant = null;
        }
      }
      if (instant == null) {
        return (Instant)
            ctxt.handleWeirdStringValue(
                Instant.class, "", "not a valid ISO-8601 instant with an offset");
      }
      if (!PlausibleDates.isPlausible(instant)) {
        throw new ImplausibleValueException(p, PlausibleDates.OUT_OF_RANGE);
      }
      return instant;
    }
  }
}
