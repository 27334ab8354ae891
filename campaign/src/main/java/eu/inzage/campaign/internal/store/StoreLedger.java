package eu.inzage.campaign.internal.store;

import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.validation.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SentLedger} in the store's {@code submissions} table, so that every channel follows
 * the outbox rule on the campaign's database: the intent is one committed row before the send, the
 * receipt is written after it in a transaction of its own. When the reference is a request of the
 * store, an SMTP receipt appends the {@link eu.inzage.core.lifecycle.RequestEvent.Submitted} event
 * in that same transaction, so a request is submitted exactly when its receipt is recorded.
 */
public final class StoreLedger implements SentLedger {
  /** The separator of list values: a line feed never occurs in an address or a file name. */
  private static final String SEPARATOR = "\n";

  private final Jdbc jdbc;
  private final Requests requests;

  /** A ledger in the store; receipts of requests go through {@code requests}. */
  public StoreLedger(Jdbc jdbc, Requests requests) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  @Override
  public Optional<Entry> find(String reference) {
    Identifiers.require("reference", reference);
    return jdbc.inTransaction("reading a ledger entry", c -> find(c, reference));
  }

  static Optional<Entry> find(Connection c, String reference) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT message_id, intent_at, route, sent_at, sha256, recipients, attachment_names"
                + " FROM submissions WHERE reference = ?")) {
      s.setString(1, reference);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        String messageId = r.getString("message_id");
        Instant intentAt = Jdbc.instant(r.getObject("intent_at", OffsetDateTime.class));
        String route = r.getString("route");
        SubmissionReceipt receipt = null;
        if (route != null) {
          receipt =
              new SubmissionReceipt(
                  reference,
                  route(route),
                  messageId,
                  Jdbc.instant(r.getObject("sent_at", OffsetDateTime.class)),
                  r.getString("sha256"),
                  split(r.getString("recipients")),
                  split(r.getString("attachment_names")));
        }
        return Optional.of(new Entry(reference, messageId, intentAt, receipt));
      }
    }
  }

  @Override
  public void recordIntent(String reference, String messageId, Instant at) {
    Identifiers.require("reference", reference);
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(at, "at");
    jdbc.inTransaction(
        "recording the intent of " + reference,
        c -> {
          try {
            Jdbc.update(
                c,
                "INSERT INTO submissions (reference, message_id, intent_at) VALUES (?, ?, ?)",
                reference,
                messageId,
                Jdbc.timestamp(at));
          } catch (SQLException e) {
            if (Jdbc.isDuplicate(e)) {
              throw new AlreadyExistsException("ledger entry", reference);
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public void recordReceipt(SubmissionReceipt receipt) {
    Objects.requireNonNull(receipt, "receipt");
    String reference = Identifiers.require("reference", receipt.reference());
    jdbc.inTransaction(
        "recording the receipt of " + reference,
        c -> {
          Optional<Entry> known = find(c, reference);
          if (known.isPresent() && known.get().receipt() != null) {
            return null; // a proof is never replaced
          }
          String sql =
              known.isPresent()
                  ? "UPDATE submissions SET route = ?, sent_at = ?, sha256 = ?, recipients = ?,"
                      + " attachment_names = ?, message_id = ? WHERE reference = ?"
                  : "INSERT INTO submissions (route, sent_at, sha256, recipients, attachment_names,"
                      + " message_id, reference, intent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, route(receipt.route()));
            s.setObject(2, Jdbc.timestamp(receipt.sentAt()));
            s.setString(3, receipt.sha256());
            s.setString(4, String.join(SEPARATOR, receipt.recipients()));
            s.setString(5, String.join(SEPARATOR, receipt.attachmentNames()));
            s.setString(6, receipt.messageId());
            s.setString(7, reference);
            if (known.isEmpty()) {
              s.setObject(8, Jdbc.timestamp(receipt.sentAt()));
            }
            s.executeUpdate();
          }
          if (receipt.route() == SubmissionReceipt.Route.SMTP) {
            requests.appendIfRequest(c, reference, receipt.toSubmittedEvent());
          }
          return null;
        });
  }

  @Override
  public void clearIntent(String reference) {
    Identifiers.require("reference", reference);
    jdbc.inTransaction(
        "clearing the intent of " + reference,
        c -> {
          Optional<Entry> known = find(c, reference);
          if (known.isEmpty()) {
            return null;
          }
          if (known.get().receipt() != null) {
            throw new IllegalStateException("ledger entry " + reference + " has a receipt; kept");
          }
          Jdbc.update(
              c, "DELETE FROM submissions WHERE reference = ? AND route IS NULL", reference);
          return null;
        });
  }

  private static String route(SubmissionReceipt.Route route) {
    return switch (route) {
      case SMTP -> "smtp";
      case OUTBOX -> "outbox";
    };
  }

  private static SubmissionReceipt.Route route(String code) {
    return Codes.decode(
        SubmissionReceipt.Route.values(), StoreLedger::route, code, "submission route");
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : Arrays.asList(joined.split(SEPARATOR, -1));
  }

  @Override
  public String toString() {
    return "SentLedger[campaign store]";
  }
}
