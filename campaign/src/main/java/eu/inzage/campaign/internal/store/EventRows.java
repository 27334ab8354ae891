package eu.inzage.campaign.internal.store;

import eu.inzage.core.IntegrityException;
import eu.inzage.core.lifecycle.EventKind;
import eu.inzage.core.lifecycle.RequestEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * A {@link RequestEvent} as a row of {@code request_events}: its kind's persisted code, its
 * instant, and the one or two values its kind carries in their own columns (channel, proof, reason,
 * authority, mandate revoked). Reading switches over the kind without a default branch, so a new
 * kind does not compile until it is read back; the store's round-trip test covers every kind.
 */
public final class EventRows {
  /** The columns this class writes, in order, after reference and seq. */
  public static final String COLUMNS =
      "kind, occurred_at, channel, proof, reason, authority, mandate_revoked";

  private EventRows() {}

  /** Sets the event's columns starting at parameter {@code first}. */
  public static void bind(PreparedStatement statement, int first, RequestEvent event)
      throws SQLException {
    String channel = null;
    String proof = null;
    String reason = null;
    String authority = null;
    Boolean revoked = null;
    if (event instanceof RequestEvent.Submitted e) {
      channel = Codes.channel(e.channel());
      proof = e.proof();
    } else if (event instanceof RequestEvent.ExtensionNotified e) {
      reason = e.reason();
    } else if (event instanceof RequestEvent.Refused e) {
      reason = e.reason();
    } else if (event instanceof RequestEvent.ComplaintFiled e) {
      authority = e.authority();
    } else if (event instanceof RequestEvent.Withdrawn e) {
      revoked = e.mandateRevoked();
    }
    statement.setString(first, event.kind().code());
    statement.setObject(first + 1, Jdbc.timestamp(event.at()));
    statement.setString(first + 2, channel);
    statement.setString(first + 3, proof);
    statement.setString(first + 4, reason);
    statement.setString(first + 5, authority);
    if (revoked == null) {
      statement.setNull(first + 6, Types.BOOLEAN);
    } else {
      statement.setBoolean(first + 6, revoked);
    }
  }

  /**
   * The event of the current row, read from the columns named in {@link #COLUMNS}.
   *
   * @throws IntegrityException when the row does not make an event
   */
  public static RequestEvent read(ResultSet row) throws SQLException {
    EventKind kind;
    try {
      kind = EventKind.ofCode(row.getString("kind"));
    } catch (RuntimeException e) {
      throw new IntegrityException("unknown event kind code in the store");
    }
    Instant at = Jdbc.instant(row.getObject("occurred_at", java.time.OffsetDateTime.class));
    String reason = row.getString("reason");
    return switch (kind) {
      case SUBMITTED ->
          new RequestEvent.Submitted(
              at, Codes.channel(row.getString("channel")), row.getString("proof"));
      case ACKNOWLEDGED -> new RequestEvent.Acknowledged(at);
      case IDENTITY_REQUESTED -> new RequestEvent.IdentityRequested(at);
      case IDENTITY_PROVIDED -> new RequestEvent.IdentityProvided(at);
      case EXTENSION_NOTIFIED -> new RequestEvent.ExtensionNotified(at, reason);
      case FULFILLED -> new RequestEvent.Fulfilled(at);
      case PARTIALLY_FULFILLED -> new RequestEvent.PartiallyFulfilled(at);
      case REFUSED -> new RequestEvent.Refused(at, reason);
      case NO_DATA_HELD -> new RequestEvent.NoDataHeld(at);
      case PROCESSOR_ONLY_CLAIMED -> new RequestEvent.ProcessorOnlyClaimed(at);
      case REMINDER_SENT -> new RequestEvent.ReminderSent(at);
      case COMPLAINT_FILED -> new RequestEvent.ComplaintFiled(at, row.getString("authority"));
      case WITHDRAWN -> new RequestEvent.Withdrawn(at, row.getBoolean("mandate_revoked"));
    };
  }
}
