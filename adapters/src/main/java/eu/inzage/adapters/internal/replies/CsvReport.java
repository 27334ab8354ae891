package eu.inzage.adapters.internal.replies;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import eu.inzage.adapters.replies.RejectedReplyException;
import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.StorageException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV report read as a stream with Jackson's CSV parser (RFC 4180: a header row, quoted fields
 * that may hold separators, quotes and line breaks): every row after a header is a record; a row
 * with more or fewer fields than its header is a broken record. A blank line ends a table, and the
 * next row is a new header (Zoom writes a meeting's summary and its participants as two tables in
 * one file). A record's dates are the values of the columns whose header names a date or time
 * ({@link Dates#isDateName}). Values are never kept: only date columns are decoded.
 */
final class CsvReport {
  /** The longest field read, in characters. */
  static final int MAX_FIELD = 1 << 20;

  /** The most columns of a header. */
  static final int MAX_COLUMNS = 10_000;

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD).build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private CsvReport() {}

  /**
   * Reads the report into the category's tally.
   *
   * @param where the archive and entry, for messages
   * @throws RejectedReplyException ({@code MALFORMED_CSV}) if it is not well-formed CSV, ({@code
   *     OVERSIZED_FIELD}) if a field is longer than {@value #MAX_FIELD} characters
   */
  static void read(String where, InputStream csv, Tallies tallies, Tallies.Tally tally) {
    try (JsonParser p = FACTORY.createParser(csv)) {
      rows(p, where, tallies, tally);
    } catch (StreamConstraintsException e) {
      throw new RejectedReplyException(
          Reason.OVERSIZED_FIELD,
          where + ": a CSV field longer than " + MAX_FIELD + " characters (refused)");
    } catch (JsonProcessingException e) {
      throw malformed(where, e.getLocation() == null ? -1 : e.getLocation().getLineNr());
    } catch (CharConversionException e) {
      throw malformed(where, -1);
    } catch (IOException e) {
      throw new StorageException(where + ": reading failed", e);
    }
  }

  private static void rows(JsonParser p, String where, Tallies tallies, Tallies.Tally tally)
      throws IOException {
    List<Boolean> header = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t != JsonToken.START_ARRAY) {
        throw malformed(where, p.currentLocation().getLineNr());
      }
      if (header == null) {
        header = header(p, where);
        if (header.isEmpty()) {
          header = null;
        }
        continue;
      }
      int fields = 0;
      boolean empty = true;
      while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
        int length = p.getTextLength();
        empty &= length == 0;
        if (fields < header.size() && header.get(fields) && length > 0) {
          tallies.date(tally, Dates.usEpochDay(p.getTextCharacters(), p.getTextOffset(), length));
        }
        fields++;
      }
      if (fields <= 1 && empty) {
        // a blank line: the table ends, a new header follows
        header = null;
        continue;
      }
      tally.records++;
      if (fields != header.size()) {
        tallies.broken++;
      }
    }
  }

  /**
   * For each column of the header: whether it names a date or time; empty for a blank line (no
   * header yet).
   */
  private static List<Boolean> header(JsonParser p, String where) throws IOException {
    List<Boolean> dates = new ArrayList<>();
    boolean empty = true;
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      empty &= p.getTextLength() == 0;
      if (dates.size() >= MAX_COLUMNS) {
        throw new RejectedReplyException(
            Reason.OVERSIZED_FIELD,
            where + ": a CSV header of more than " + MAX_COLUMNS + " columns (refused)");
      }
      String name = p.getTextLength() > 200 ? "" : p.getText();
      dates.add(Dates.isDateName(name.strip()));
    }
    return empty && dates.size() <= 1 ? List.of() : dates;
  }

  private static RejectedReplyException malformed(String where, int line) {
    return new RejectedReplyException(
        Reason.MALFORMED_CSV,
        where + ": not well-formed CSV" + (line > 0 ? " at line " + line : ""));
  }
}
