package eu.inzage.core.internal.docket;

import eu.inzage.core.InzageException;
import eu.inzage.core.docket.DocketEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Builds an iCalendar file with ical4j: one all-day event per request on its due date, stamped with
 * the docket's clock (never the wall clock).
 */
public final class ICalendarWriter {
  private static final String PROD_ID = "-//Inzage//Docket//EN";

  private final Calendar calendar = new Calendar();
  private final Instant stamp;
  private final boolean includeParticipantIds;

  /** A writer stamping events with {@code stamp}. */
  public ICalendarWriter(Instant stamp, boolean includeParticipantIds) {
    this.stamp = stamp;
    this.includeParticipantIds = includeParticipantIds;
    calendar.withProdId(PROD_ID).withDefaults();
  }

  /** Adds the due date of one request. */
  public void add(DocketEntry entry) {
    LocalDate due = entry.deadline().due();
    VEvent event = new VEvent(false);
    event
        .withProperty(new Uid(entry.requestId() + "-due@inzage.eu"))
        .withProperty(new DtStamp(stamp))
        .withProperty(new DtStart<>(due))
        .withProperty(new DtEnd<>(due.plusDays(1)))
        .withProperty(
            new Summary(
                "Art. 15 deadline: "
                    + entry.controllerId()
                    + " (request "
                    + entry.requestId()
                    + ", "
                    + entry.status()
                    + ")"))
        .withProperty(new Description(description(entry)));
    calendar.withComponent(event);
  }

  private String description(DocketEntry entry) {
    StringBuilder text =
        new StringBuilder()
            .append("Received ")
            .append(entry.deadline().received())
            .append(", due ")
            .append(entry.deadline().due())
            .append(", late from ")
            .append(entry.deadline().lateFrom())
            .append(entry.deadline().extended() ? " (extended)" : "")
            .append(". Calendar: ")
            .append(
                entry.deadline().country() == null ? "weekends only" : entry.deadline().country())
            .append('.');
    if (includeParticipantIds && entry.participantId() != null) {
      text.append(" Participant: ").append(entry.participantId()).append('.');
    }
    return text.toString();
  }

  /**
   * Writes the calendar (the stream stays open).
   *
   * @throws IOException what the caller's stream throws
   */
  public void write(OutputStream out) throws IOException {
    try {
      new CalendarOutputter(true).output(calendar, new NonClosing(out));
    } catch (ValidationException e) {
      throw new InzageException(
          "cannot write the iCalendar file (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Keeps the caller's stream open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
