package eu.inzage.cli;

import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.RequestHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The request file the commands share: a {@link RequestHistory} as one line of JSON. */
final class RequestFiles {
  private RequestFiles() {}

  /** Replaces (or creates) the request file atomically with the history, events included. */
  static void write(Path file, RequestHistory history) throws IOException {
    AtomicFiles.write(
        file,
        (InzageJson.strict().write(history) + "\n").getBytes(StandardCharsets.UTF_8),
        false,
        true);
  }
}
