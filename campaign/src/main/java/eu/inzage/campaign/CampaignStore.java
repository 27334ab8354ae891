package eu.inzage.campaign;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.campaign.internal.store.DriverDataSource;
import eu.inzage.campaign.internal.store.Jdbc;
import eu.inzage.campaign.internal.store.Migrations;
import eu.inzage.campaign.internal.store.Requests;
import eu.inzage.campaign.internal.store.StoreLedger;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.crypto.Erasure;
import eu.inzage.crypto.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The campaign's store on a relational database: campaigns and their waves, participants'
 * registrations (minimised, GDPR Art. 5(1)(c)), access requests with their append-only events,
 * idempotency keys, and the ledger of submissions. The schema is created and upgraded by Flyway
 * migrations in plain SQL that runs unchanged on H2 (the embedded default, a file under the working
 * folder) and PostgreSQL (the scale-out path, many workers on one database).
 *
 * <p><b>Sending as an outbox.</b> Workers {@link #claim} requests ({@code SELECT … FOR UPDATE SKIP
 * LOCKED}; each request goes to one worker) and submit them through a channel built with this
 * store's {@link #ledger()}: the intent is committed before the send, the receipt and the request's
 * {@code submitted} event after it, in a transaction of their own. A crash between the two leaves
 * an intent without a receipt, which {@link #unresolved} reports and the channel refuses to send
 * again (the rules of {@link SentLedger}): never a silent second send.
 *
 * <p><b>Later work</b> (reminders, complaints, retention purges) is scheduled on the same database
 * by db-scheduler: the migrations create its table {@code scheduled_tasks}, and {@link #scheduler}
 * makes a scheduler on it.
 *
 * <p>Thread-safe; every method runs in its own transaction. Errors: {@link InvalidInputException}
 * naming the field, {@link AlreadyExistsException}, {@link NotFoundException}, and {@link
 * StorageException} for database failures, whose messages name the operation, ids and SQLState,
 * never a registration's values.
 */
public final class CampaignStore implements AutoCloseable {
  /** The file name of the embedded database in its folder ({@code campaign.mv.db}). */
  public static final String H2_FILE = "campaign";

  private final Jdbc jdbc;
  private final Duration claimLease;
  private final Requests requests;
  private final SentLedger ledger;
  private final ModelValidator validator;
  private final JdbcConnectionPool ownedPool;

  private CampaignStore(Builder b, DataSource dataSource, JdbcConnectionPool ownedPool) {
    this.jdbc = new Jdbc(dataSource);
    this.claimLease = b.claimLease == null ? Duration.ofMinutes(15) : b.claimLease;
    this.requests =
        new Requests(jdbc, b.lifecycle == null ? Lifecycle.standard() : b.lifecycle, b.clock);
    this.ledger = new StoreLedger(jdbc, requests);
    this.validator = ModelValidator.create(b.clock);
    this.ownedPool = ownedPool;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JDBC URL of the embedded H2 database in a folder: {@code jdbc:h2:file:FOLDER/campaign}. */
  public static String h2Url(Path folder) {
    return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(H2_FILE) + ";AUTO_SERVER=TRUE";
  }

  /**
   * Stores a campaign and its waves.
   *
   * @throws InvalidInputException naming the field when the campaign is not valid
   * @throws AlreadyExistsException when a campaign has this id
   */
  public void createCampaign(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    validator.requireValid(campaign);
    requests.createCampaign(campaign);
  }

  /**
   * Registers a participant in a campaign.
   *
   * @throws InvalidInputException naming the field ({@code participantId}, {@code name}, …)
   * @throws AlreadyExistsException when the participant is registered in the campaign
   * @throws NotFoundException when there is no such campaign
   */
  public void register(String campaignId, Registration registration) {
    Identifiers.require("campaignId", campaignId);
    Objects.requireNonNull(registration, "registration");
    validator.requireValid(registration);
    requests.register(campaignId, registration);
  }

  /** A participant's registration in a campaign, if any. */
  public Optional<Registration> registration(String campaignId, String participantId) {
    return requests.registration(
        Identifiers.require("campaignId", campaignId),
        Identifiers.require("participantId", participantId));
  }

  /**
   * Stores a new access request (status {@link RequestStatus#NEW}); its id is the reference, the
   * idempotency key of its submission.
   *
   * @throws InvalidInputException naming the field; {@code campaignId} is required here
   * @throws AlreadyExistsException when a request has this id
   * @throws NotFoundException when the participant is not registered in the campaign
   */
  public void addRequest(AccessRequest request) {
    addRequests(List.of(Objects.requireNonNull(request, "request")));
  }

  /**
   * Stores new access requests in one transaction, all or none: a wave's requests at once.
   *
   * @throws InvalidInputException naming the field of the first invalid request ({@code
   *     requests.3.controllerId}); {@code campaignId} is required here
   * @throws AlreadyExistsException naming the first request whose id exists (or repeats)
   * @throws NotFoundException naming the first participant not registered in the campaign
   */
  public void addRequests(List<AccessRequest> requests) {
    Objects.requireNonNull(requests, "requests");
    if (requests.isEmpty()) {
      return;
    }
    boolean one = requests.size() == 1;
    for (int i = 0; i < requests.size(); i++) {
      AccessRequest request = Objects.requireNonNull(requests.get(i), "request");
      String prefix = one ? "" : "requests." + i + ".";
      List<Violation> violations = validator.validate(request);
      if (!violations.isEmpty()) {
        throw new InvalidInputException(
            violations.stream()
                .map(v -> new Violation(prefix + v.field(), v.code(), v.message()))
                .toList());
      }
      if (request.campaignId() == null) {
        throw new InvalidInputException(
            prefix + "campaignId",
            ViolationCode.REQUIRED,
            "a stored request belongs to a campaign");
      }
    }
    this.requests.add(List.copyOf(requests));
  }

  /**
   * Claims up to {@code limit} requests of the campaign that are due for submission, for one
   * worker: each request is claimed by one worker only, across processes ({@code SELECT … FOR
   * UPDATE SKIP LOCKED} and a conditional update). A claim lapses after the claim lease when the
   * worker has recorded no intent by then (it died), so that another worker takes the request; once
   * an intent is recorded the request is never claimed again.
   *
   * @param campaignId the campaign
   * @param limit how many at most (1 to 10,000)
   * @param worker the worker's name (an id, for the operator)
   * @throws InvalidInputException at {@code campaignId}, {@code limit} or {@code worker}
   */
  public List<ClaimedRequest> claim(String campaignId, int limit, String worker) {
    Identifiers.require("campaignId", campaignId);
    Identifiers.require("worker", worker);
    if (limit < 1 || limit > 10_000) {
      throw new InvalidInputException("limit", ViolationCode.INVALID_VALUE, "from 1 to 10000");
    }
    return requests.claim(campaignId, limit, worker, claimLease);
  }

  /**
   * The ledger of submissions in this store, for the channels ({@code SmtpChannel.builder()
   * .ledger(store.ledger())}): an SMTP receipt of a stored request also appends its {@link
   * RequestEvent.Submitted} event, in the same transaction.
   */
  public SentLedger ledger() {
    return ledger;
  }

  /**
   * The campaign's submissions that were started and never confirmed (an intent without a receipt),
   * by reference: to be checked and resolved by an operator, never re-sent on their own.
   */
  public List<UnresolvedSubmission> unresolved(String campaignId) {
    return requests.unresolved(Identifiers.require("campaignId", campaignId));
  }

  /**
   * Appends an event to a request after checking it against the lifecycle.
   *
   * @throws NotFoundException when there is no such request
   * @throws IllegalTransitionException when the request's status does not allow the event
   */
  public void append(String reference, RequestEvent event) {
    requests.append(Identifiers.require("reference", reference), checked(event), null);
  }

  /**
   * Appends an event once per idempotency key: a key seen before appends nothing (a reply read
   * twice, a retried call).
   *
   * @param idempotencyKey the caller's key for this event, at most 128 characters
   * @return true when appended, false when the key was used before
   * @throws InvalidInputException at {@code idempotencyKey}
   * @throws NotFoundException when there is no such request
   * @throws IllegalTransitionException when the request's status does not allow the event
   */
  public boolean append(String reference, RequestEvent event, String idempotencyKey) {
    Identifiers.require("reference", reference);
    if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > 128) {
      throw new InvalidInputException(
          "idempotencyKey", ViolationCode.INVALID_VALUE, "1 to 128 characters");
    }
    return requests.append(reference, checked(event), idempotencyKey);
  }

  /**
   * Appends events to requests in one transaction, all or none: a wave's acknowledgements or
   * submissions recorded at once. Each event is checked against the lifecycle after the events
   * before it (several events of one request are appended in the list's order), under locks of the
   * requests' rows taken in the order of their references. The ledger's rule is unchanged: a
   * channel still records each request's intent before its send and the receipt after it.
   *
   * @param events the events, at most 10,000
   * @throws InvalidInputException naming the field of the first invalid event ({@code
   *     events.3.reference}, {@code events.3.event.reason})
   * @throws NotFoundException naming the first missing request (in the order of references)
   * @throws IllegalTransitionException naming the first request whose status does not allow its
   *     event; nothing is appended
   */
  public void appendAll(List<NewEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.size() > 10_000) {
      throw new InvalidInputException("events", ViolationCode.INVALID_VALUE, "at most 10000");
    }
    for (int i = 0; i < events.size(); i++) {
      NewEvent next = Objects.requireNonNull(events.get(i), "event");
      String prefix = "events." + i + ".";
      Identifiers.require(prefix + "reference", next.reference());
      List<Violation> violations = validator.validate(next.event());
      if (!violations.isEmpty()) {
        throw new InvalidInputException(
            violations.stream()
                .map(v -> new Violation(prefix + "event." + v.field(), v.code(), v.message()))
                .toList());
      }
    }
    if (!events.isEmpty()) {
      requests.appendAll(List.copyOf(events));
    }
  }

  private RequestEvent checked(RequestEvent event) {
    Objects.requireNonNull(event, "event");
    return validator.requireValid(event);
  }

  /**
   * A request with its events, oldest first.
   *
   * @throws NotFoundException when there is no such request
   */
  public RequestHistory history(String reference) {
    return requests.history(Identifiers.require("reference", reference));
  }

  /**
   * The stored status of a request.
   *
   * @throws NotFoundException when there is no such request
   */
  public RequestStatus status(String reference) {
    return requests.status(Identifiers.require("reference", reference));
  }

  /** How many requests of the campaign have each status; statuses with none are left out. */
  public Map<RequestStatus, Integer> statusCounts(String campaignId) {
    return requests.statusCounts(Identifiers.require("campaignId", campaignId));
  }

  /**
   * Erases a participant (GDPR Art. 17): first the vault's crypto-shred of everything sealed to
   * them ({@link Vault#shred}), then, in one transaction, their registrations, the participant
   * reference of their requests and the controllers' free-text reasons in those requests' events.
   * What remains is the fact and date of each request (reference, controller, campaign, dates,
   * event kinds), which the organisation keeps to show what it did (Art. 5(2)). Both steps can be
   * repeated: a failure after the shred is finished by erasing again.
   *
   * @throws InvalidInputException at {@code participantId}
   */
  public ErasureReport erase(String participantId, Vault vault) {
    Identifiers.require("participantId", participantId);
    Objects.requireNonNull(vault, "vault");
    Erasure shredded = vault.shred(participantId);
    Requests.Erased erased = requests.erase(participantId);
    return new ErasureReport(
        participantId, erased.registrations(), erased.requests(), erased.reasons(), shredded);
  }

  /**
   * The store's database, for db-scheduler on the same database ({@code Scheduler.create(
   * store.dataSource(), tasks)}); its table {@code scheduled_tasks} is created by the store's
   * migrations.
   */
  public DataSource dataSource() {
    return jdbc.dataSource();
  }

  /**
   * A db-scheduler builder on the store's database and its table {@code scheduled_tasks}, for work
   * due later (reminders, complaints, retention purges): cluster-safe, each execution picked by one
   * worker. The caller sets threads and polling, builds and starts it, and stops it before closing
   * the store.
   */
  public SchedulerBuilder scheduler(List<Task<?>> tasks) {
    return Scheduler.create(jdbc.dataSource(), List.copyOf(tasks)).tableName("scheduled_tasks");
  }

  /** Closes the connection pool the store opened itself (the embedded default); idempotent. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.dispose();
    }
  }

  @Override
  public String toString() {
    return "CampaignStore";
  }

  /**
   * Builds a {@link CampaignStore} and migrates its schema. Exactly one database: {@link
   * #dataSource}, {@link #jdbcUrl} or {@link #folder} (the embedded H2 default); the clock is
   * required; each setting may be given once.
   */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private char[] password;
    private Path folder;
    private Clock clock;
    private Lifecycle lifecycle;
    private Duration claimLease;

    private Builder() {}

    /** A database given as a data source (a pool of the deployment's choosing). */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = once(this.dataSource, dataSource, "dataSource");
      return this;
    }

    /**
     * A database given by JDBC URL, e.g. {@code jdbc:postgresql://db.example:5432/inzage}; user and
     * password may be null (then the URL or the driver's defaults decide).
     */
    public Builder jdbcUrl(String url, String user, char[] password) {
      this.url = once(this.url, url, "jdbcUrl");
      this.user = user;
      this.password = password == null ? null : password.clone();
      return this;
    }

    /** The embedded H2 database {@code campaign.mv.db} in the folder (created when missing). */
    public Builder folder(Path folder) {
      this.folder = once(this.folder, folder, "folder");
      return this;
    }

    /** The clock of every recorded instant and of claim leases. */
    public Builder clock(Clock clock) {
      this.clock = once(this.clock, clock, "clock");
      return this;
    }

    /** The lifecycle that checks events (default: {@link Lifecycle#standard()}). */
    public Builder lifecycle(Lifecycle lifecycle) {
      this.lifecycle = once(this.lifecycle, lifecycle, "lifecycle");
      return this;
    }

    /**
     * How long a claim holds a request before another worker may take it, when no intent was
     * recorded (default 15 minutes; at least one second).
     */
    public Builder claimLease(Duration lease) {
      Objects.requireNonNull(lease, "lease");
      if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new ConfigurationException("CampaignStore.claimLease must be at least one second");
      }
      this.claimLease = once(this.claimLease, lease, "claimLease");
      return this;
    }

    /**
     * The store, with its schema migrated to the current version.
     *
     * @throws ConfigurationException when no database, more than one, or no clock is given
     * @throws StorageException when the database cannot be reached or migrated
     */
    public CampaignStore build() {
      int databases =
          (dataSource != null ? 1 : 0) + (url != null ? 1 : 0) + (folder != null ? 1 : 0);
      if (databases != 1) {
        throw new ConfigurationException(
            "CampaignStore needs exactly one of dataSource, jdbcUrl and folder");
      }
      if (clock == null) {
        throw new ConfigurationException("CampaignStore.clock is required");
      }
      JdbcConnectionPool pool = null;
      DataSource source = dataSource;
      if (folder != null || (url != null && url.startsWith("jdbc:h2:"))) {
        pool =
            JdbcConnectionPool.create(
                folder != null ? h2Url(folder) : url,
                user == null ? "" : user,
                password == null ? "" : new String(password));
        pool.setMaxConnections(32);
        source = pool;
      } else if (url != null) {
        source = new DriverDataSource(url, user, password);
      }
      try {
        Migrations.migrate(source);
      } catch (RuntimeException e) {
        if (pool != null) {
          pool.dispose();
        }
        throw e;
      }
      return new CampaignStore(this, source, pool);
    }

    private static <T> T once(T current, T value, String setting) {
      Objects.requireNonNull(value, setting);
      if (current != null) {
        throw new ConfigurationException("CampaignStore." + setting + " is given twice");
      }
      return value;
    }
  }
}
