package eu.inzage.examples;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.docket.Docket;
import eu.inzage.core.docket.DocketEntry;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ControllerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Recipe: the statutory deadline of a request to a controller (Art. 12(3) GDPR, counted under
 * Regulation 1182/71 in the controller's deadline country), then the status and next action of a
 * tracked request from its events, as the docket sees it on a given day.
 */
public final class DeadlineAndDocket {
  private DeadlineAndDocket() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");
    DeadlineEngine engine = DeadlineEngine.standard();
    Deadline deadline =
        engine.compute(engine.queryFor(LocalDate.of(2021, 3, 5), tiktok, "NL").extended().build());
    out.println("due " + deadline.due() + " (" + deadline.country() + ")"); // due 2021-06-08 (IE)

    RequestHistory request;
    try (InputStream in = DeadlineAndDocket.class.getResourceAsStream("request.json")) {
      request = InzageJson.strict().read(in, RequestHistory.class);
    }
    DocketEntry entry = Docket.of(Clock.systemUTC()).entry(request, LocalDate.of(2021, 6, 9));
    out.println(entry.status() + ", overdue " + entry.overdue() + ", next " + entry.next().kind());
  }
}
