package eu.inzage.campaign.internal.store;

import eu.inzage.campaign.ClaimedRequest;
import eu.inzage.campaign.NewEvent;
import eu.inzage.campaign.Registration;
import eu.inzage.campaign.UnresolvedSubmission;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.model.Wave;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL of campaigns, registrations, requests and their events. Every method that takes a {@link
 * Connection} runs inside the caller's transaction; the others open their own. Logs ids and counts,
 * never a registration's values.
 */
public final class Requests {
  private static final Logger LOG = LoggerFactory.getLogger(Requests.class);
  private static final String NEW = Codes.status(RequestStatus.NEW);

  private final Jdbc jdbc;
  private final Lifecycle lifecycle;
  private final Clock clock;

  /** The requests of the store on the database, checked by the lifecycle, dated by the clock. */
  public Requests(Jdbc jdbc, Lifecycle lifecycle, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a campaign with its waves. */
  public void createCampaign(Campaign campaign) {
    jdbc.inTransaction(
        "storing campaign " + campaign.id(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO campaigns (id, name, policy, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, campaign.id());
            s.setString(2, campaign.name());
            s.setString(3, campaign.policy());
            s.setObject(4, Jdbc.timestamp(clock.instant()));
            s.executeUpdate();
          } catch (SQLException e) {
            if (Jdbc.isDuplicate(e)) {
              throw new AlreadyExistsException("campaign", campaign.id());
            }
            throw e;
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO waves (campaign_id, id, first_day, last_day) VALUES (?, ?, ?, ?)")) {
            for (Wave wave : campaign.waves()) {
              s.setString(1, campaign.id());
              s.setString(2, wave.id());
              s.setObject(3, wave.firstDay());
              s.setObject(4, wave.lastDay());
              s.addBatch();
            }
            s.executeBatch();
          } catch (SQLException e) {
            if (Jdbc.isDuplicate(e)) {
              throw new AlreadyExistsException("wave", campaign.id());
            }
            throw e;
          }
          return null;
        });
  }

  /** Stores a registration in a campaign. */
  public void register(String campaignId, Registration registration) {
    jdbc.inTransaction(
        "registering participant " + registration.participantId(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO registrations (campaign_id, participant_id, name, email, residence,"
                      + " language, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, campaignId);
            s.setString(2, registration.participantId());
            s.setString(3, registration.name());
            s.setString(4, registration.email());
            s.setString(5, registration.residence());
            s.setString(6, registration.language());
            s.setObject(7, Jdbc.timestamp(clock.instant()));
            s.executeUpdate();
          } catch (SQLException e) {
            throw Jdbc.conflict(
                e,
                "registration",
                registration.participantId(),
                "campaign",
                campaignId,
                "registering participant " + registration.participantId());
          }
          return null;
        });
  }

  /** The registration of a participant in a campaign. */
  public Optional<Registration> registration(String campaignId, String participantId) {
    return jdbc.inTransaction(
        "reading registration " + participantId,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT name, email, residence, language FROM registrations"
                      + " WHERE campaign_id = ? AND participant_id = ?")) {
            s.setString(1, campaignId);
            s.setString(2, participantId);
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(
                      new Registration(
                          participantId,
                          r.getString("name"),
                          r.getString("email"),
                          r.getString("residence"),
                          r.getString("language")))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * Stores new requests (status new) of registered participants in one transaction, as one batch:
   * all or none. A conflict is named precisely: the first request whose reference exists, or whose
   * participant is not registered in its campaign.
   */
  public void add(List<AccessRequest> batch) {
    try {
      jdbc.inTransaction(
          "storing " + batch.size() + " requests",
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO requests (reference, campaign_id, wave_id, participant_id,"
                        + " controller_id, language, status, created_at) VALUES (?, ?, ?, ?, ?, ?,"
                        + " ?, ?)")) {
              for (AccessRequest request : batch) {
                s.setString(1, request.id());
                s.setString(2, request.campaignId());
                s.setString(3, request.waveId());
                s.setString(4, request.participantId());
                s.setString(5, request.controllerId());
                s.setString(6, request.language());
                s.setString(7, NEW);
                Instant created =
                    request.createdAt() == null ? clock.instant() : request.createdAt();
                s.setObject(8, Jdbc.timestamp(created));
                s.addBatch();
              }
              s.executeBatch();
            } catch (SQLException e) {
              if (Jdbc.isDuplicate(e) || Jdbc.isMissingReference(e)) {
                throw new Conflict(e);
              }
              throw e;
            }
            return null;
          });
    } catch (Conflict conflict) {
      // rolled back: find the request at fault in a transaction of its own
      throw jdbc.inTransaction("checking " + batch.size() + " requests", c -> culprit(c, batch));
    }
  }

  /** A batch failed on a key: unwinds the transaction so that the culprit can be looked up. */
  private static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Conflict(SQLException cause) {
      super(cause.getSQLState(), null, false, false);
    }
  }

  private static RuntimeException culprit(Connection c, List<AccessRequest> batch)
      throws SQLException {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (AccessRequest request : batch) {
      if (!seen.add(request.id()) || exists(c, "requests", "reference", request.id(), null, null)) {
        return new AlreadyExistsException("request", request.id());
      }
      if (!exists(
          c,
          "registrations",
          "campaign_id",
          request.campaignId(),
          "participant_id",
          request.participantId())) {
        return new NotFoundException("registration", request.participantId());
      }
    }
    return new eu.inzage.core.StorageException("storing requests failed on a key", null);
  }

  private static boolean exists(
      Connection c, String table, String column, String value, String column2, String value2)
      throws SQLException {
    String sql =
        "SELECT 1 FROM "
            + table
            + " WHERE "
            + column
            + " = ?"
            + (column2 == null ? "" : " AND " + column2 + " = ?");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      if (column2 != null) {
        s.setString(2, value2);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /**
   * Claims up to {@code limit} requests of the campaign that are due for submission: status new, no
   * ledger entry, no live claim. Rows locked by another worker's claim are skipped ({@code SKIP
   * LOCKED}), and the claim is a conditional update, so a request is claimed by one worker only.
   */
  public List<ClaimedRequest> claim(String campaignId, int limit, String worker, Duration lease) {
    return jdbc.inTransaction(
        "claiming requests",
        c -> {
          Instant now = clock.instant();
          List<ClaimedRequest> candidates = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT reference, wave_id, participant_id, controller_id, language FROM requests"
                      + " r WHERE campaign_id = ? AND status = ? AND erased_at IS NULL"
                      + " AND (claimed_until IS NULL OR claimed_until < ?)"
                      + " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.reference ="
                      + " r.reference) ORDER BY reference FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP"
                      + " LOCKED")) {
            s.setString(1, campaignId);
            s.setString(2, NEW);
            s.setObject(3, Jdbc.timestamp(now));
            s.setInt(4, limit);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                candidates.add(
                    new ClaimedRequest(
                        r.getString("reference"),
                        campaignId,
                        r.getString("wave_id"),
                        r.getString("participant_id"),
                        r.getString("controller_id"),
                        r.getString("language")));
              }
            }
          }
          List<ClaimedRequest> claimed = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE requests SET claimed_by = ?, claimed_until = ? WHERE reference = ?"
                      + " AND status = ? AND (claimed_until IS NULL OR claimed_until < ?)")) {
            for (ClaimedRequest candidate : candidates) {
              s.setString(1, worker);
              s.setObject(2, Jdbc.timestamp(now.plus(lease)));
              s.setString(3, candidate.reference());
              s.setString(4, NEW);
              s.setObject(5, Jdbc.timestamp(now));
              s.addBatch();
            }
            int[] counts = candidates.isEmpty() ? new int[0] : s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] == 1) {
                claimed.add(candidates.get(i));
              }
            }
          }
          LOG.debug("worker {} claimed {} requests", worker, claimed.size());
          return List.copyOf(claimed);
        });
  }

  /**
   * Appends an event after checking it against the lifecycle, under a lock of the request's row.
   *
   * @return false when the idempotency key was used before (nothing appended)
   */
  public boolean append(String reference, RequestEvent event, String idempotencyKey) {
    return jdbc.inTransaction(
        "appending an event to " + reference,
        c -> {
          RequestHistory before = locked(c, reference);
          if (idempotencyKey != null) {
            if (keyUsed(c, idempotencyKey)) {
              return false;
            }
            Jdbc.update(
                c,
                "INSERT INTO idempotency_keys (idem_key, reference, created_at) VALUES (?, ?, ?)",
                idempotencyKey,
                reference,
                Jdbc.timestamp(clock.instant()));
          }
          write(c, List.of(new NewEvent(reference, event)), Map.of(reference, before));
          return true;
        });
  }

  /**
   * Appends events to requests in one transaction, all or none: the requests' rows are locked in
   * the order of their references (two batches never wait on each other in a circle), every event
   * is checked against the lifecycle after the ones before it, and only then are the events
   * written, as batches. The first event the lifecycle refuses, or the first missing request, fails
   * the whole batch with an error naming its reference.
   */
  public void appendAll(List<NewEvent> events) {
    jdbc.inTransaction(
        "appending " + events.size() + " events",
        c -> {
          Map<String, RequestHistory> histories = new HashMap<>();
          for (String reference :
              new TreeSet<>(events.stream().map(NewEvent::reference).toList())) {
            histories.put(reference, locked(c, reference));
          }
          write(c, events, histories);
          return null;
        });
  }

  /**
   * Appends the event when the reference is a request of the store (in the caller's transaction);
   * an event the request's status does not allow is logged and skipped, never lost with the
   * transaction it shares (the receipt of a sent message).
   */
  void appendIfRequest(Connection c, String reference, RequestEvent event) throws SQLException {
    Optional<RequestHistory> before = history(c, reference, true);
    if (before.isEmpty()) {
      return;
    }
    try {
      write(c, List.of(new NewEvent(reference, event)), Map.of(reference, before.get()));
    } catch (IllegalTransitionException e) {
      LOG.warn(
          "request {} was sent but its status does not take a {} event; the receipt is kept",
          reference,
          event.kind().code());
    }
  }

  /**
   * Checks every event against the lifecycle, from the locked histories, before writing anything;
   * then inserts the events and sets each request's status (and ends its claim) in two batches.
   */
  private void write(Connection c, List<NewEvent> events, Map<String, RequestHistory> locked)
      throws SQLException {
    Map<String, RequestHistory> after = new LinkedHashMap<>();
    int[] sequence = new int[events.size()];
    for (int i = 0; i < events.size(); i++) {
      NewEvent next = events.get(i);
      RequestHistory before = after.getOrDefault(next.reference(), locked.get(next.reference()));
      sequence[i] = before.events().size();
      after.put(next.reference(), lifecycle.append(before, next.event()));
    }
    OffsetDateTime recorded = Jdbc.timestamp(clock.instant());
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO request_events (reference, seq, "
                + EventRows.COLUMNS
                + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        s.setString(1, events.get(i).reference());
        s.setInt(2, sequence[i]);
        EventRows.bind(s, 3, events.get(i).event());
        s.setObject(10, recorded);
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE requests SET status = ?, claimed_by = NULL, claimed_until = NULL"
                + " WHERE reference = ?")) {
      for (Map.Entry<String, RequestHistory> request : after.entrySet()) {
        s.setString(1, Codes.status(lifecycle.status(request.getValue())));
        s.setString(2, request.getKey());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static boolean keyUsed(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM idempotency_keys WHERE idem_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Locks the request's row and reads its history; not found when there is no such request. */
  private static RequestHistory locked(Connection c, String reference) throws SQLException {
    return history(c, reference, true)
        .orElseThrow(() -> new NotFoundException("request", reference));
  }

  /** The request with its events. */
  public RequestHistory history(String reference) {
    return jdbc.inTransaction(
        "reading request " + reference,
        c ->
            history(c, reference, false)
                .orElseThrow(() -> new NotFoundException("request", reference)));
  }

  /**
   * The request with its events in two statements: its row with the participant's residence, then
   * its events. With {@code lock}, the row is locked ({@code FOR UPDATE}) until the transaction
   * ends, so that no other transaction appends to the request in between.
   */
  private static Optional<RequestHistory> history(Connection c, String reference, boolean lock)
      throws SQLException {
    String participantId;
    String controllerId;
    String residence;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT participant_id, controller_id, (SELECT g.residence FROM registrations g"
                + " WHERE g.campaign_id = r.campaign_id AND g.participant_id = r.participant_id)"
                + " FROM requests r WHERE r.reference = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, reference);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        participantId = r.getString(1);
        controllerId = r.getString(2);
        residence = r.getString(3);
      }
    }
    List<RequestEvent> events = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + EventRows.COLUMNS
                + " FROM request_events WHERE reference = ? ORDER BY seq")) {
      s.setString(1, reference);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(EventRows.read(r));
        }
      }
    }
    return Optional.of(
        new RequestHistory(reference, participantId, controllerId, residence, events));
  }

  /** The stored status of a request. */
  public RequestStatus status(String reference) {
    return jdbc.inTransaction(
        "reading the status of " + reference,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT status FROM requests WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                throw new NotFoundException("request", reference);
              }
              return Codes.status(r.getString(1));
            }
          }
        });
  }

  /** How many requests of the campaign have each status (statuses without requests left out). */
  public Map<RequestStatus, Integer> statusCounts(String campaignId) {
    return jdbc.inTransaction(
        "counting requests",
        c -> {
          Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT status, COUNT(*) FROM requests WHERE campaign_id = ? GROUP BY status")) {
            s.setString(1, campaignId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                counts.put(Codes.status(r.getString(1)), r.getInt(2));
              }
            }
          }
          return counts;
        });
  }

  /** The campaign's submissions with an intent and no receipt, by reference. */
  public List<UnresolvedSubmission> unresolved(String campaignId) {
    return jdbc.inTransaction(
        "finding unresolved submissions",
        c -> {
          List<UnresolvedSubmission> found = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT s.reference, s.message_id, s.intent_at FROM submissions s"
                      + " JOIN requests r ON r.reference = s.reference"
                      + " WHERE r.campaign_id = ? AND s.route IS NULL ORDER BY s.reference")) {
            s.setString(1, campaignId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                found.add(
                    new UnresolvedSubmission(
                        r.getString(1),
                        r.getString(2),
                        Jdbc.instant(r.getObject(3, OffsetDateTime.class))));
              }
            }
          }
          return List.copyOf(found);
        });
  }

  /** Counts of one participant's erasure in the database. */
  public record Erased(int registrations, int requests, int reasons) {}

  /**
   * Erases a participant's rows in one transaction: the controllers' free-text reasons of their
   * requests' events, the participant reference and language of the requests (which keep their
   * reference, controller, dates and event kinds), then the registrations.
   */
  public Erased erase(String participantId) {
    return jdbc.inTransaction(
        "erasing participant " + participantId,
        c -> {
          int reasons =
              Jdbc.update(
                  c,
                  "UPDATE request_events SET reason = NULL WHERE reason IS NOT NULL AND reference"
                      + " IN (SELECT reference FROM requests WHERE participant_id = ?)",
                  participantId);
          int requests =
              Jdbc.update(
                  c,
                  "UPDATE requests SET participant_id = NULL, language = NULL, claimed_by = NULL,"
                      + " claimed_until = NULL, erased_at = ? WHERE participant_id = ?",
                  Jdbc.timestamp(clock.instant()),
                  participantId);
          int registrations =
              Jdbc.update(c, "DELETE FROM registrations WHERE participant_id = ?", participantId);
          return new Erased(registrations, requests, reasons);
        });
  }
}
