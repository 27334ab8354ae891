package eu.inzage.adapters.internal.replies;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.RejectedReplyException;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * One streaming pass over a TikTok export with Jackson's {@link JsonParser}: top-level keys are
 * sections, keys of a section object its categories; a record is an object inside a list (not
 * inside another record), dated by its own {@code Date}, {@code date}, {@code TimeStamp} or {@code
 * time} field. Values are never kept. Not thread-safe: one instance per file.
 */
public final class TikTokJsonScan {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build()
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  private static final Set<String> CURRENT =
      Set.of(
          "your activity",
          "likes and favorites",
          "profile and settings",
          "direct message",
          "post",
          "tiktok live",
          "tiktok shop");
  private static final Set<String> LEGACY =
      Set.of("activity", "ads and data", "app settings", "direct messages", "profile", "video");

  private final Tallies tallies;
  private final boolean anyDateName;
  private int current;
  private int legacy;

  /** A scan of one TikTok export. */
  public TikTokJsonScan() {
    this(new Tallies(), false);
  }

  private TikTokJsonScan(Tallies tallies, boolean anyDateName) {
    this.tallies = tallies;
    this.anyDateName = anyDateName;
  }

  /**
   * Counts the records of one JSON file (of a Zoom reply) into one category, as {@link #read}
   * counts a category's value: objects in lists, or one if it has any value without lists. A
   * record's date is its first field whose name names a date or time ({@link Dates#isDateName}).
   */
  static void readOne(String file, InputStream json, Tallies tallies, Tallies.Tally tally) {
    TikTokJsonScan scan = new TikTokJsonScan(tallies, true);
    parse(
        file,
        json,
        p -> {
          if (p.nextToken() == null) {
            throw malformed(file, p.currentLocation(), "empty, not JSON");
          }
          scan.value(p, tally);
          if (p.nextToken() != null) {
            throw malformed(file, p.currentLocation(), "content after the JSON value");
          }
        });
  }

  /** Reads the whole file. */
  public ExportReading read(String fileName, InputStream json) {
    String file = Labels.safe(fileName);
    parse(file, json, p -> scan(p, file));
    Generation generation =
        current > legacy
            ? Generation.CURRENT
            : legacy > current ? Generation.LEGACY : Generation.UNKNOWN;
    return tallies.reading(generation);
  }

  /** What to do with the parser. */
  @FunctionalInterface
  private interface Pass {
    void run(JsonParser parser) throws IOException;
  }

  private static void parse(String file, InputStream json, Pass pass) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      pass.run(parser);
    } catch (JsonProcessingException e) {
      throw malformed(file, e.getLocation(), "not well-formed JSON");
    } catch (IOException e) {
      // CharConversionException (hostile bytes) and other decoding failures are IOExceptions of
      // the parser; a failing source is wrapped by the archive reader or reported below
      if (e instanceof java.io.CharConversionException) {
        throw malformed(file, null, "not readable text (bad character encoding)");
      }
      throw new StorageException(file + ": reading failed", e);
    }
  }

  private void scan(JsonParser p, String file) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw malformed(file, p.currentLocation(), "not a JSON object");
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String section = clean(p.currentName());
      String key = section.toLowerCase(Locale.ROOT);
      if (CURRENT.contains(key)) {
        current++;
      } else if (LEGACY.contains(key)) {
        legacy++;
      }
      if (p.nextToken() == JsonToken.START_OBJECT) {
        boolean any = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          any = true;
          Tallies.Tally tally = tally(section + "/" + clean(p.currentName()), file);
          p.nextToken();
          value(p, tally);
        }
        if (!any) {
          tally(section, file);
        }
      } else {
        value(p, tally(section, file));
      }
    }
    if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
      throw malformed(file, p.currentLocation(), "content after the export's JSON object");
    }
  }

  /**
   * Counts the records of one category's value (the parser is on its first token; it is left on the
   * value's last token).
   */
  private void value(JsonParser p, Tallies.Tally tally) throws IOException {
    JsonToken t = p.currentToken();
    if (!t.isStructStart()) {
      tally.scalars |= hasContent(p, t);
      return;
    }
    // containers open below the category's value: bit i set if the container at depth i is a list
    long[] lists = new long[4];
    int depth = 0;
    int recordDepth = -1;
    boolean dated = false;
    do {
      switch (t) {
        case START_OBJECT -> {
          if (recordDepth < 0 && depth > 0 && isList(lists, depth - 1)) {
            recordDepth = depth;
            tally.records++;
            dated = false;
          }
          lists = mark(lists, depth, false);
          depth++;
        }
        case START_ARRAY -> {
          lists = mark(lists, depth, true);
          depth++;
        }
        case END_OBJECT, END_ARRAY -> {
          depth--;
          if (depth == recordDepth) {
            recordDepth = -1;
          }
        }
        case FIELD_NAME -> {
          boolean dateNext =
              recordDepth >= 0
                  && depth == recordDepth + 1
                  && !dated
                  && (anyDateName ? Dates.isDateName(p.currentName()) : isDateKey(p.currentName()));
          t = p.nextToken();
          if (dateNext) {
            dated = date(p, t, tally);
          }
          continue;
        }
        case VALUE_NULL -> {}
        default -> {
          if (recordDepth < 0 && !tally.scalars) {
            tally.scalars = hasContent(p, t);
          }
        }
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    } while (t != null);
    throw new JsonParseEnd(p);
  }

  /** True for a scalar other than null and the empty string. */
  private static boolean hasContent(JsonParser p, JsonToken t) throws IOException {
    return t != JsonToken.VALUE_NULL && (t != JsonToken.VALUE_STRING || p.getTextLength() > 0);
  }

  /** Reads a record's date; true if it was present (readable or not). */
  private boolean date(JsonParser p, JsonToken t, Tallies.Tally tally) throws IOException {
    long day;
    if (t == JsonToken.VALUE_STRING) {
      if (p.getTextLength() == 0) {
        return false;
      }
      day = Dates.epochDay(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      day = Dates.epochDayOfEpoch(p.getLongValue());
    } else if (t == JsonToken.VALUE_NULL || t.isStructStart()) {
      return false;
    } else {
      day = Dates.NONE;
    }
    tallies.date(tally, day);
    return true;
  }

  private static boolean isDateKey(String name) {
    int n = name.length();
    return (n == 4 && (name.equalsIgnoreCase("date") || name.equalsIgnoreCase("time")))
        || (n == 9 && name.equalsIgnoreCase("timestamp"));
  }

  private static boolean isList(long[] lists, int depth) {
    return (lists[depth >> 6] & (1L << (depth & 63))) != 0;
  }

  private static long[] mark(long[] lists, int depth, boolean list) {
    long[] out = lists;
    if ((depth >> 6) >= out.length) {
      out = java.util.Arrays.copyOf(out, out.length * 2);
    }
    if (list) {
      out[depth >> 6] |= 1L << (depth & 63);
    } else {
      out[depth >> 6] &= ~(1L << (depth & 63));
    }
    return out;
  }

  private Tallies.Tally tally(String name, String file) {
    return tallies.tally(name, Reason.MALFORMED_JSON, file);
  }

  /** A section name without trailing colons or spaces, control characters replaced. */
  static String clean(String name) {
    int end = name.length();
    while (end > 0
        && (name.charAt(end - 1) == ':' || Character.isWhitespace(name.charAt(end - 1)))) {
      end--;
    }
    int start = 0;
    while (start < end && Character.isWhitespace(name.charAt(start))) {
      start++;
    }
    return Labels.safe(name.substring(start, end));
  }

  private static RejectedReplyException malformed(String file, JsonLocation at, String why) {
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new RejectedReplyException(Reason.MALFORMED_JSON, file + ": " + why + where);
  }

  /** The input ended inside a value. */
  private static final class JsonParseEnd extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseEnd(JsonParser p) {
      super("unexpected end of input", p.currentLocation());
    }
  }
}
