package eu.inzage.adapters.internal.replies;

import eu.inzage.core.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file (UTF-8, a byte order mark skipped, bytes that are not UTF-8 read as U+FFFD)
 * line by line, handing only the first {@value #PREFIX} characters of each line to a handler: a
 * line of any length costs no memory, and the rest of a line (a message's text) is never kept.
 */
final class TextLines {
  /** The characters of a line handed to the handler. */
  static final int PREFIX = 256;

  /** Receives each line's start. */
  @FunctionalInterface
  interface Handler {
    /**
     * One line without its end ({@code \n}, {@code \r\n} or {@code \r}).
     *
     * @param line the buffer; valid only during the call
     * @param length the characters of the line in the buffer, at most {@value #PREFIX}
     */
    void line(char[] line, int length);
  }

  private TextLines() {}

  /** Reads the text to its end; the source is not closed. */
  static void read(String where, InputStream source, Handler handler) {
    Reader in = new InputStreamReader(source, StandardCharsets.UTF_8);
    char[] buffer = new char[8192];
    char[] line = new char[PREFIX];
    int length = 0;
    boolean first = true;
    boolean any = false;
    boolean afterCr = false;
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          char c = buffer[i];
          if (first) {
            first = false;
            if (c == '\uFEFF') {
              continue;
            }
          }
          if (c == '\n' && afterCr) {
            afterCr = false;
            continue;
          }
          afterCr = c == '\r';
          if (c == '\n' || c == '\r') {
            handler.line(line, length);
            length = 0;
            any = false;
          } else {
            any = true;
            if (length < PREFIX) {
              line[length++] = c;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new StorageException(where + ": reading failed", e);
    }
    if (any) {
      handler.line(line, length);
    }
  }

  /** True if the line is empty or only spaces and tabs. */
  static boolean blank(char[] line, int length) {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
