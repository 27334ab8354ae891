package eu.inzage.campaign;

import static eu.inzage.campaign.Samples.CAMPAIGN;
import static eu.inzage.campaign.Samples.START;
import static eu.inzage.campaign.Samples.participant;
import static eu.inzage.campaign.Samples.reference;
import static eu.inzage.campaign.Samples.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.inzage.adapters.channels.EmailSubmission;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SmtpChannel;
import eu.inzage.adapters.channels.SmtpSecurity;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.adapters.channels.UnresolvedSubmissionException;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.lifecycle.EventKind;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.ChannelType;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract of {@link CampaignStore}, run unchanged against every database the store supports:
 * H2 ({@link H2CampaignStoreTest}) and PostgreSQL ({@link PostgresCampaignStoreTest}). Each test
 * starts from an empty database given by {@link #freshDatabaseUrl()}.
 */
abstract class CampaignStoreContract {
  /** The JDBC URL of a new, empty database (or schema) for one test. */
  protected abstract String freshDatabaseUrl();

  protected String url;
  protected Samples.MutableClock clock;
  protected CampaignStore store;

  @BeforeEach
  void openStore() {
    url = freshDatabaseUrl();
    clock = new Samples.MutableClock(START);
    store = open();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  protected CampaignStore open() {
    return CampaignStore.builder()
        .jdbcUrl(url, null, null)
        .clock(clock)
        .claimLease(Duration.ofMinutes(5))
        .build();
  }

  /** A campaign with participants 1..n registered and one TikTok request each. */
  protected List<String> wave(int n) {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    List<String> references = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      store.register(CAMPAIGN, participant(i));
      store.addRequest(request(CAMPAIGN, i, "tiktok"));
      references.add(reference(i, "tiktok"));
    }
    return references;
  }

  // --- schema -------------------------------------------------------------------------------

  @Test
  void build_migratesOnceAndAgainIsANoOp() throws SQLException {
    store.close();
    store = open(); // a second start on the same database applies nothing
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      List<String> versions = new ArrayList<>();
      while (r.next()) {
        assertThat(r.getBoolean(2)).isTrue();
        versions.add(r.getString(1));
      }
      assertThat(versions).containsExactly("1", "2");
    }
  }

  // --- campaigns and registrations ----------------------------------------------------------

  @Test
  void createCampaign_twice_isAlreadyExists() {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    assertThatThrownBy(() -> store.createCampaign(Samples.campaign(CAMPAIGN)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining(CAMPAIGN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad id          | ../p-1 | Zoë  | zoe@example.org | NL | nl | participantId | INVALID_ID",
        "no name         | p-1    |      | zoe@example.org | NL | nl | name          | REQUIRED",
        "control in name | p-1    | Zo\u0007ë | zoe@example.org | NL | nl | name | CONTROL_CHARACTERS",
        "bad e-mail      | p-1    | Zoë  | zoe@@example    | NL | nl | email         | INVALID_EMAIL",
        "unknown country | p-1    | Zoë  | zoe@example.org | XX | nl | residence     | UNKNOWN_COUNTRY",
      })
  void register_invalid_namesTheField(
      String label,
      String id,
      String name,
      String email,
      String residence,
      String language,
      String field,
      String code) {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    Throwable thrown =
        catchThrowable(
            () -> store.register(CAMPAIGN, new Registration(id, name, email, residence, language)));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) thrown).violations())
        .extracting(v -> v.field() + " " + v.code())
        .contains(field + " " + code);
    if (name != null && !name.isBlank()) {
      assertThat(thrown.getMessage()).doesNotContain(name).doesNotContain(email);
    }
  }

  @Test
  void register_unknownCampaign_isNotFound_andTwice_isAlreadyExists() {
    assertThatThrownBy(() -> store.register("nope", participant(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
    store.createCampaign(Samples.campaign(CAMPAIGN));
    store.register(CAMPAIGN, participant(1));
    Throwable twice = catchThrowable(() -> store.register(CAMPAIGN, participant(1)));
    assertThat(twice).isInstanceOf(AlreadyExistsException.class);
    assertThat(twice.getMessage()).doesNotContain(participant(1).name());
    assertThat(store.registration(CAMPAIGN, "p-000001")).contains(participant(1));
  }

  @Test
  void registration_toString_showsNoPersonalData() {
    assertThat(participant(7).toString())
        .contains("p-000007", "NL")
        .doesNotContain("Zoë", "Ångström", "zoe7@example.org");
  }

  // --- requests and events ------------------------------------------------------------------

  @Test
  void addRequest_checksCampaignParticipantAndDuplicates() {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    assertThatThrownBy(() -> store.addRequest(request(CAMPAIGN, 1, "tiktok")))
        .as("participant not registered")
        .isInstanceOf(NotFoundException.class);
    store.register(CAMPAIGN, participant(1));
    store.addRequest(request(CAMPAIGN, 1, "tiktok"));
    assertThatThrownBy(() -> store.addRequest(request(CAMPAIGN, 1, "tiktok")))
        .isInstanceOf(AlreadyExistsException.class);
    AccessRequest noCampaign = request(null, 1, "zoom");
    Throwable thrown = catchThrowable(() -> store.addRequest(noCampaign));
    assertThat(((InvalidInputException) thrown).violations())
        .extracting(v -> v.field() + " " + v.code())
        .containsExactly("campaignId REQUIRED");
    assertThat(store.status(reference(1, "tiktok"))).isEqualTo(RequestStatus.NEW);
    assertThat(store.history(reference(1, "tiktok")))
        .isEqualTo(
            new RequestHistory(reference(1, "tiktok"), "p-000001", "tiktok", "NL", List.of()));
  }

  @Test
  void addRequests_isAllOrNone_andNamesTheRequestAtFault() {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    store.register(CAMPAIGN, participant(1));
    store.register(CAMPAIGN, participant(2));
    store.addRequest(request(CAMPAIGN, 2, "zoom"));

    assertThatThrownBy(
            () ->
                store.addRequests(
                    List.of(
                        request(CAMPAIGN, 1, "tiktok"),
                        request(CAMPAIGN, 2, "tiktok"),
                        request(CAMPAIGN, 2, "zoom"))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining(reference(2, "zoom"));
    assertThatThrownBy(
            () ->
                store.addRequests(
                    List.of(request(CAMPAIGN, 1, "tiktok"), request(CAMPAIGN, 3, "tiktok"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("p-000003");
    Throwable invalid =
        catchThrowable(
            () ->
                store.addRequests(
                    List.of(request(CAMPAIGN, 1, "tiktok"), request(null, 2, "tiktok"))));
    assertThat(((InvalidInputException) invalid).violations())
        .extracting(v -> v.field() + " " + v.code())
        .containsExactly("requests.1.campaignId REQUIRED");
    assertThat(store.statusCounts(CAMPAIGN)).isEqualTo(Map.of(RequestStatus.NEW, 1));

    store.addRequests(List.of(request(CAMPAIGN, 1, "tiktok"), request(CAMPAIGN, 2, "tiktok")));
    assertThat(store.statusCounts(CAMPAIGN)).isEqualTo(Map.of(RequestStatus.NEW, 3));
  }

  /** Every kind of event, in an order the lifecycle allows, read back equal. */
  private static List<RequestEvent> everyKind() {
    Instant t = START;
    return List.of(
        new RequestEvent.Submitted(t, ChannelType.EMAIL, "smtp message-id=<a@b>"),
        new RequestEvent.Acknowledged(t.plusSeconds(60)),
        new RequestEvent.IdentityRequested(t.plusSeconds(120)),
        new RequestEvent.IdentityProvided(t.plusSeconds(180)),
        new RequestEvent.ExtensionNotified(t.plusSeconds(240), "many requests"),
        new RequestEvent.ReminderSent(t.plusSeconds(300)),
        new RequestEvent.PartiallyFulfilled(t.plusSeconds(360)),
        new RequestEvent.ProcessorOnlyClaimed(t.plusSeconds(420)),
        new RequestEvent.Refused(t.plusSeconds(480), "manifestly unfounded"),
        new RequestEvent.ComplaintFiled(t.plusSeconds(540), "NL"),
        new RequestEvent.Fulfilled(t.plusSeconds(600)),
        new RequestEvent.Withdrawn(t.plusSeconds(660), true));
  }

  @Test
  void append_everyKind_roundTripsWithItsPersistedCode() throws SQLException {
    wave(2);
    String ref = reference(1, "tiktok");
    List<RequestEvent> events = everyKind();
    Set<EventKind> covered = new HashSet<>();
    for (RequestEvent event : events) {
      store.append(ref, event);
      covered.add(event.kind());
    }
    String other = reference(2, "tiktok");
    store.append(other, new RequestEvent.Submitted(START, ChannelType.POST, null));
    store.append(other, new RequestEvent.NoDataHeld(START.plusSeconds(60)));
    covered.add(EventKind.NO_DATA_HELD);

    assertThat(covered).containsExactlyInAnyOrder(EventKind.values());
    assertThat(store.history(ref).events()).containsExactlyElementsOf(events);
    assertThat(store.status(ref)).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(store.status(other)).isEqualTo(RequestStatus.NO_DATA_HELD);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT kind FROM request_events WHERE reference = '" + ref + "' ORDER BY seq")) {
      List<String> codes = new ArrayList<>();
      while (r.next()) {
        codes.add(r.getString(1));
      }
      assertThat(codes)
          .containsExactlyElementsOf(events.stream().map(e -> e.kind().code()).toList());
    }
    assertThat(rawStatus(ref)).isEqualTo("withdrawn");
    assertThat(rawStatus(other)).isEqualTo("noDataHeld");
  }

  private String rawStatus(String reference) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT status FROM requests WHERE reference = '" + reference + "'")) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }

  @Test
  void append_illegalTransition_storesNothing() {
    wave(1);
    String ref = reference(1, "tiktok");
    assertThatThrownBy(() -> store.append(ref, new RequestEvent.Fulfilled(START)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(store.history(ref).events()).isEmpty();
    assertThat(store.status(ref)).isEqualTo(RequestStatus.NEW);
    assertThatThrownBy(() -> store.append("r-unknown", new RequestEvent.Acknowledged(START)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void append_sameIdempotencyKey_appendsOnce() {
    wave(1);
    String ref = reference(1, "tiktok");
    store.append(ref, new RequestEvent.Submitted(START, ChannelType.EMAIL, null));
    RequestEvent ack = new RequestEvent.Acknowledged(START.plusSeconds(5));
    assertThat(store.append(ref, ack, "imap:<reply-1@controller.example>")).isTrue();
    assertThat(store.append(ref, ack, "imap:<reply-1@controller.example>")).isFalse();
    assertThat(store.history(ref).events()).hasSize(2);
    assertThatThrownBy(() -> store.append(ref, ack, ""))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("idempotencyKey"));
  }

  @Test
  void appendAll_appendsEveryEventInTheListsOrder_inOneTransaction() throws SQLException {
    List<String> refs = wave(3);
    store.appendAll(
        List.of(
            new NewEvent(refs.get(1), new RequestEvent.Submitted(START, ChannelType.EMAIL, "m-2")),
            new NewEvent(refs.get(0), new RequestEvent.Submitted(START, ChannelType.EMAIL, "m-1")),
            new NewEvent(refs.get(0), new RequestEvent.Acknowledged(START.plusSeconds(60))),
            new NewEvent(refs.get(0), new RequestEvent.Fulfilled(START.plusSeconds(120)))));

    assertThat(store.history(refs.get(0)).events())
        .containsExactly(
            new RequestEvent.Submitted(START, ChannelType.EMAIL, "m-1"),
            new RequestEvent.Acknowledged(START.plusSeconds(60)),
            new RequestEvent.Fulfilled(START.plusSeconds(120)));
    assertThat(store.history(refs.get(1)).events())
        .containsExactly(new RequestEvent.Submitted(START, ChannelType.EMAIL, "m-2"));
    assertThat(store.history(refs.get(2)).events()).isEmpty();
    assertThat(rawStatus(refs.get(0))).isEqualTo("fulfilled");
    assertThat(rawStatus(refs.get(1))).isEqualTo("submitted");
    assertThat(rawStatus(refs.get(2))).isEqualTo("new");
    // an empty list appends nothing and needs no database
    store.appendAll(List.of());
    assertThat(store.history(refs.get(2)).events()).isEmpty();
  }

  @Test
  void appendAll_isAllOrNone_andNamesTheRequestAtFault() {
    List<String> refs = wave(3);
    store.append(refs.get(2), new RequestEvent.Submitted(START, ChannelType.POST, null));
    RequestEvent submitted = new RequestEvent.Submitted(START, ChannelType.EMAIL, null);

    assertThatThrownBy(
            () ->
                store.appendAll(
                    List.of(
                        new NewEvent(refs.get(0), submitted),
                        new NewEvent(refs.get(1), new RequestEvent.Fulfilled(START)))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining(refs.get(1))
        .satisfies(
            e ->
                assertThat(((IllegalTransitionException) e).status()).isEqualTo(RequestStatus.NEW));
    assertThatThrownBy(
            () ->
                store.appendAll(
                    List.of(
                        new NewEvent(refs.get(0), submitted),
                        new NewEvent("r-unknown", submitted))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("r-unknown");
    assertThatThrownBy(
            () ->
                store.appendAll(
                    List.of(
                        new NewEvent(refs.get(0), submitted),
                        new NewEvent(refs.get(2), submitted))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining(refs.get(2));

    assertThat(store.history(refs.get(0)).events()).isEmpty();
    assertThat(store.history(refs.get(1)).events()).isEmpty();
    assertThat(store.history(refs.get(2)).events())
        .containsExactly(new RequestEvent.Submitted(START, ChannelType.POST, null));
    assertThat(store.statusCounts(CAMPAIGN))
        .isEqualTo(Map.of(RequestStatus.NEW, 2, RequestStatus.SUBMITTED, 1));
  }

  @Test
  void appendAll_invalidEvent_namesItsPlaceInTheList() {
    List<String> refs = wave(1);
    RequestEvent submitted = new RequestEvent.Submitted(START, ChannelType.EMAIL, null);
    assertThatThrownBy(
            () ->
                store.appendAll(
                    List.of(new NewEvent(refs.get(0), submitted), new NewEvent("", submitted))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("events.1.reference"));
    assertThatThrownBy(
            () ->
                store.appendAll(
                    List.of(new NewEvent(refs.get(0), new RequestEvent.Acknowledged(null)))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("events.0.event.at"));
    assertThat(store.history(refs.get(0)).events()).isEmpty();
  }

  @Test
  void newEvent_toString_showsNoReason() {
    NewEvent event =
        new NewEvent("r-1", new RequestEvent.Refused(START, "Zoë Ångström is not known to us"));
    assertThat(event.toString())
        .isEqualTo("NewEvent[reference=r-1, kind=refused]")
        .doesNotContain("Zo");
  }

  // --- claims -------------------------------------------------------------------------------

  @Test
  void claim_givesEachDueRequestOnce_inReferenceOrder() {
    List<String> refs = wave(5);
    List<String> first = references(store.claim(CAMPAIGN, 3, "w1"));
    List<String> second = references(store.claim(CAMPAIGN, 3, "w2"));
    assertThat(first).containsExactlyElementsOf(refs.subList(0, 3));
    assertThat(second).containsExactlyElementsOf(refs.subList(3, 5));
    assertThat(store.claim(CAMPAIGN, 3, "w3")).isEmpty();
  }

  @Test
  void claim_lapsesAfterTheLease_butNeverOnceAnIntentIsRecorded() {
    List<String> refs = wave(2);
    assertThat(references(store.claim(CAMPAIGN, 10, "w1"))).isEqualTo(refs);
    store.ledger().recordIntent(refs.get(0), "<m0@org.example>", clock.instant());
    clock.advance(Duration.ofMinutes(6)); // past the five-minute lease: w1 died
    assertThat(references(store.claim(CAMPAIGN, 10, "w2"))).containsExactly(refs.get(1));
    assertThat(store.unresolved(CAMPAIGN))
        .containsExactly(new UnresolvedSubmission(refs.get(0), "<m0@org.example>", START));
  }

  @Test
  void claim_invalidArguments_nameTheField() {
    assertThat(fieldOf(() -> store.claim(CAMPAIGN, 0, "w1"))).isEqualTo("limit");
    assertThat(fieldOf(() -> store.claim(CAMPAIGN, 1, "w 1"))).isEqualTo("worker");
    assertThat(fieldOf(() -> store.claim("../x", 1, "w1"))).isEqualTo("campaignId");
  }

  private static String fieldOf(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).violations().get(0).field();
  }

  /** Four threads, each on its own connections, claim until nothing is left: a partition. */
  @Test
  void claim_concurrentWorkers_partitionTheWave() throws Exception {
    List<String> refs = wave(120);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String worker = "w" + w;
        results.add(
            pool.submit(
                () -> {
                  List<String> mine = new ArrayList<>();
                  List<ClaimedRequest> batch;
                  while (!(batch = store.claim(CAMPAIGN, 7, worker)).isEmpty()) {
                    mine.addAll(references(batch));
                  }
                  return mine;
                }));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(2, TimeUnit.MINUTES));
      }
      assertThat(all).hasSize(refs.size()).containsExactlyInAnyOrderElementsOf(refs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> references(List<ClaimedRequest> claimed) {
    return claimed.stream().map(ClaimedRequest::reference).toList();
  }

  // --- the ledger (issue 14's rules) --------------------------------------------------------

  @Test
  void ledger_intentThenReceipt_appendsSubmittedOnce() {
    List<String> refs = wave(1);
    String ref = refs.get(0);
    SentLedger ledger = store.ledger();
    assertThat(ledger.find(ref)).isEmpty();
    ledger.recordIntent(ref, "<m1@org.example>", START);
    assertThatThrownBy(() -> ledger.recordIntent(ref, "<m1@org.example>", START))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(ledger.find(ref))
        .contains(new SentLedger.Entry(ref, "<m1@org.example>", START, null));
    assertThat(store.unresolved(CAMPAIGN))
        .extracting(UnresolvedSubmission::reference)
        .containsExactly(ref);

    SubmissionReceipt receipt =
        new SubmissionReceipt(
            ref,
            SubmissionReceipt.Route.SMTP,
            "<m1@org.example>",
            START.plusSeconds(2),
            "ab".repeat(32),
            List.of("privacy@tiktok.example", "dpo@tiktok.example"),
            List.of("access-request.pdf", "mandate.pdf"));
    ledger.recordReceipt(receipt);
    ledger.recordReceipt(receipt); // a proof is recorded once
    assertThat(ledger.find(ref))
        .contains(new SentLedger.Entry(ref, "<m1@org.example>", START, receipt));
    assertThat(store.unresolved(CAMPAIGN)).isEmpty();
    assertThat(store.history(ref).events()).containsExactly(receipt.toSubmittedEvent());
    assertThat(store.status(ref)).isEqualTo(RequestStatus.SUBMITTED);
    assertThatThrownBy(() -> ledger.clearIntent(ref)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ledger_clearIntent_letsTheRequestBeClaimedAgain() {
    List<String> refs = wave(1);
    String ref = refs.get(0);
    store.claim(CAMPAIGN, 1, "w1");
    store.ledger().recordIntent(ref, "<m1@org.example>", START);
    store.ledger().clearIntent(ref); // the operator checked: nothing was sent
    store.ledger().clearIntent(ref); // nothing left: no-op
    clock.advance(Duration.ofMinutes(6));
    assertThat(references(store.claim(CAMPAIGN, 1, "w2"))).containsExactly(ref);
    assertThat(store.unresolved(CAMPAIGN)).isEmpty();
  }

  @Test
  void ledger_otherReferences_areKeptWithoutARequest() {
    SentLedger ledger = store.ledger();
    ledger.recordIntent("reminder-1", "<r1@org.example>", START);
    SubmissionReceipt outbox =
        new SubmissionReceipt(
            "reminder-1",
            SubmissionReceipt.Route.OUTBOX,
            "<r1@org.example>",
            START,
            "cd".repeat(32),
            List.of("privacy@zoom.example"),
            List.of());
    ledger.recordReceipt(outbox);
    assertThat(ledger.find("reminder-1").flatMap(SentLedger.Entry::sent)).contains(outbox);
  }

  /** The real e-mail channel on the store's ledger: sent once, submitted, never again. */
  @Test
  void smtpChannel_onTheStoresLedger_submitsOnceAndRecordsTheEvent() throws Exception {
    List<String> refs = wave(2);
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      SmtpChannel channel = channel(store, smtp.getSmtp().getPort(), clock);
      for (ClaimedRequest claimed : store.claim(CAMPAIGN, 10, "w1")) {
        channel.submit(submission(claimed.reference()));
      }
      SubmissionReceipt again = channel.submit(submission(refs.get(0)));
      assertThat(smtp.getReceivedMessages()).hasSize(2);
      assertThat(again.route()).isEqualTo(SubmissionReceipt.Route.SMTP);
      assertThat(store.statusCounts(CAMPAIGN)).isEqualTo(Map.of(RequestStatus.SUBMITTED, 2));
      assertThat(store.claim(CAMPAIGN, 10, "w2")).isEmpty();

      store.ledger().recordIntent("r-extra", "<x@org.example>", START);
      assertThatThrownBy(() -> channel.submit(submission("r-extra")))
          .isInstanceOf(UnresolvedSubmissionException.class);
      assertThat(smtp.getReceivedMessages()).hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  static SmtpChannel channel(CampaignStore store, int port, java.time.Clock clock) {
    return SmtpChannel.builder()
        .host("127.0.0.1")
        .port(port)
        .security(SmtpSecurity.PLAIN)
        .ledger(store.ledger())
        .clock(clock)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  static EmailSubmission submission(String reference) {
    return EmailSubmission.builder()
        .reference(reference)
        .from("inzage@somi.example", "SOMI")
        .to("privacy@tiktok.example", "TikTok Privacy")
        .subject("Access request " + reference)
        .body("Under Article 15 GDPR we ask for a copy of the personal data.")
        .attach(
            "access-request.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
        .build();
  }

  // --- erasure ------------------------------------------------------------------------------

  @Test
  void erase_leavesTheFactAndDateOfTheRequest_andNoPersonalColumn() throws Exception {
    wave(2);
    store.addRequest(request(CAMPAIGN, 1, "zoom"));
    String ref = reference(1, "tiktok");
    store.append(
        ref, new RequestEvent.Submitted(START, ChannelType.EMAIL, "smtp message-id=<a@b>"));
    store.append(
        ref, new RequestEvent.Refused(START.plusSeconds(60), "Zoë Ångström-1 is not a customer"));
    Vault vault =
        Vault.builder()
            .store(BlobStores.inMemory())
            .clock(clock)
            .signingKey(OrganisationSigningKey.generate())
            .build();
    ParticipantPrivateKey key = ParticipantPrivateKey.generate();
    vault.seal(
        "p-000001",
        "tiktok-export",
        new ByteArrayInputStream("export".getBytes(StandardCharsets.UTF_8)),
        SealMetadata.of(key.publicKey()));

    ErasureReport report = store.erase("p-000001", vault);

    assertThat(report.registrations()).isEqualTo(1);
    assertThat(report.requests()).isEqualTo(2);
    assertThat(report.reasons()).isEqualTo(1);
    assertThat(report.vault().objects()).containsExactly("tiktok-export");
    assertThat(vault.list("p-000001")).isEmpty();
    // the fact and date of the request remain
    RequestHistory kept = store.history(ref);
    assertThat(kept.participantId()).isNull();
    assertThat(kept.controllerId()).isEqualTo("tiktok");
    assertThat(kept.events())
        .containsExactly(
            new RequestEvent.Submitted(START, ChannelType.EMAIL, "smtp message-id=<a@b>"),
            new RequestEvent.Refused(START.plusSeconds(60), null));
    assertThat(store.registration(CAMPAIGN, "p-000001")).isEmpty();
    assertThat(store.registration(CAMPAIGN, "p-000002")).contains(participant(2));
    // nothing personal of participant 1 survives anywhere in the database
    assertThat(cellsContaining("p-000001", "Ångström-1", "zoe1@example.org", "not a customer"))
        .isEmpty();
    assertThat(cellsContaining("Ångström-2")).isNotEmpty();
    // erasing again finds nothing more
    ErasureReport again = store.erase("p-000001", vault);
    assertThat(List.of(again.registrations(), again.requests(), again.reasons()))
        .containsExactly(0, 0, 0);
  }

  /** Every cell of every table in the store's schema that contains one of the texts. */
  protected List<String> cellsContaining(String... texts) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url)) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (r.next()) {
          tables.add(r.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).isNotEmpty();
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            for (int i = 1; i <= columns; i++) {
              Object value = r.getObject(i);
              String text =
                  value instanceof byte[] b
                      ? new String(b, StandardCharsets.UTF_8)
                      : String.valueOf(value);
              for (String wanted : texts) {
                if (text.contains(wanted)) {
                  found.add(table + "." + r.getMetaData().getColumnName(i));
                }
              }
            }
          }
        }
      }
    }
    return found;
  }

  // --- errors -------------------------------------------------------------------------------

  @Test
  void sqlFailure_isStorageException_withoutPersonalData() throws SQLException {
    store.createCampaign(Samples.campaign(CAMPAIGN));
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE registrations ADD COLUMN extra VARCHAR(10) NOT NULL");
    }
    Throwable thrown = catchThrowable(() -> store.register(CAMPAIGN, participant(1)));
    assertThat(thrown).isInstanceOf(StorageException.class);
    assertThat(thrown.getMessage())
        .contains("p-000001", "SQLState")
        .doesNotContain("Zoë", "Ångström", "zoe1@example.org");
    assertThat(thrown.getCause()).isNull();
  }

  // --- scheduling ---------------------------------------------------------------------------

  /**
   * db-scheduler on the store's database: two schedulers (two workers) share the table; each of
   * twenty one-time tasks runs exactly once, and a recurring task runs as well.
   */
  @Test
  void scheduler_onTheStoresDatabase_runsEachTaskOnceAcrossTwoSchedulers() throws Exception {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(20);
    CountDownLatch recurred = new CountDownLatch(1);
    OneTimeTask<String> purge =
        Tasks.oneTime("retention-purge", String.class)
            .execute(
                (instance, context) -> {
                  runs.computeIfAbsent(instance.getId(), k -> new AtomicInteger())
                      .incrementAndGet();
                  done.countDown();
                });
    var reminders =
        Tasks.recurring(
                "reminders",
                com.github.kagkarlsson.scheduler.task.schedule.Schedules.fixedDelay(
                    Duration.ofMillis(200)))
            .execute((instance, context) -> recurred.countDown());
    List<com.github.kagkarlsson.scheduler.task.Task<?>> tasks = List.of(purge);
    java.util.function.Supplier<Scheduler> scheduler =
        () ->
            store
                .scheduler(tasks)
                .startTasks(reminders)
                .pollingInterval(Duration.ofMillis(100))
                .threads(2)
                .build();
    Scheduler first = scheduler.get();
    Scheduler second = scheduler.get();
    try {
      for (int i = 0; i < 20; i++) {
        first.schedule(purge.instance("p-" + i, "purge"), Instant.now());
      }
      first.start();
      second.start();
      assertThat(done.await(2, TimeUnit.MINUTES)).as("all purges ran").isTrue();
      assertThat(recurred.await(2, TimeUnit.MINUTES)).as("the recurring task ran").isTrue();
    } finally {
      first.stop();
      second.stop();
    }
    assertThat(runs).hasSize(20);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'retention-purge'")) {
      r.next();
      assertThat(r.getInt(1)).as("one-time tasks are removed once done").isZero();
    }
  }
}
