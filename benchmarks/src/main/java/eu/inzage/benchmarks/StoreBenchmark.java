package eu.inzage.benchmarks;

import eu.inzage.campaign.CampaignStore;
import eu.inzage.campaign.ClaimedRequest;
import eu.inzage.campaign.NewEvent;
import eu.inzage.campaign.Registration;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Right;
import eu.inzage.core.model.Wave;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The campaign store on its embedded H2 default: one round of a wave — 100 requests stored, claimed
 * by a worker, and each given its {@code submitted} event — against the baseline of the same rows
 * written with plain JDBC batches in one transaction per statement kind (no checks, no lifecycle,
 * no locks). Throughput in rounds of 100 requests per second; the store adds the requests in one
 * batch, claims them in one transaction and appends the events checked against the lifecycle under
 * a lock of each request's row: each in a transaction of its own ({@code storeRound}) or all in one
 * ({@code storeRoundBatched}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {
  private static final int ROUND = 100;
  private static final String CAMPAIGN = "bench";
  private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

  private Path folder;
  private CampaignStore store;
  private long next;

  /** Opens a store with one campaign and one registered participant. */
  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("inzage-store-bench");
    store = CampaignStore.builder().folder(folder).clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
    store.createCampaign(
        new Campaign(
            CAMPAIGN,
            "Benchmark campaign",
            Organisation.builder()
                .name("Stichting Inzage Collectief")
                .legalForm("stichting")
                .registration("KvK 12345678")
                .address(Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"))
                .email("verzoeken@inzage.example")
                .website("https://inzage.example")
                .signatory("mr. A. de Vries")
                .build(),
            List.of("tiktok"),
            List.of(new Wave("wave-1", LocalDate.of(2026, 12, 2), null)),
            null));
    store.register(CAMPAIGN, new Registration("p-1", "Zoë Ångström-Łukasiewicz", null, "NL", "nl"));
  }

  /** Closes the store and removes its folder. */
  @TearDown
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(StoreBenchmark::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * 100 requests through the store: added as one batch, claimed, each submitted in a transaction of
   * its own (a worker recording each send as it happens).
   */
  @Benchmark
  public int storeRound() {
    List<ClaimedRequest> claimed = addAndClaim();
    for (ClaimedRequest request : claimed) {
      store.append(request.reference(), new RequestEvent.Submitted(AT, ChannelType.EMAIL, "bench"));
    }
    return claimed.size();
  }

  /**
   * 100 requests through the store: added as one batch, claimed, and all submitted events appended
   * with {@code appendAll} in one transaction (a wave's submissions or acknowledgements recorded at
   * once), each still checked against the lifecycle under a lock of its row.
   */
  @Benchmark
  public int storeRoundBatched() {
    List<ClaimedRequest> claimed = addAndClaim();
    List<NewEvent> events = new ArrayList<>(claimed.size());
    for (ClaimedRequest request : claimed) {
      events.add(
          new NewEvent(
              request.reference(), new RequestEvent.Submitted(AT, ChannelType.EMAIL, "bench")));
    }
    store.appendAll(events);
    return claimed.size();
  }

  private List<ClaimedRequest> addAndClaim() {
    List<AccessRequest> wave = new ArrayList<>(ROUND);
    for (int i = 0; i < ROUND; i++) {
      wave.add(
          new AccessRequest(
              "r-" + next++,
              "p-1",
              "tiktok",
              EnumSet.of(Right.ACCESS),
              EnumSet.allOf(AccessItem.class),
              "nl",
              null,
              CAMPAIGN,
              "wave-1",
              AT));
    }
    store.addRequests(wave);
    return store.claim(CAMPAIGN, ROUND, "bench-worker");
  }

  /** The same rows with plain JDBC batches: requests, claims, events, statuses. */
  @Benchmark
  public int baselineJdbcInsert() throws SQLException {
    OffsetDateTime at = AT.atOffset(ZoneOffset.UTC);
    long first = next;
    next += ROUND;
    try (Connection c = store.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO requests (reference, campaign_id, wave_id, participant_id,"
                  + " controller_id, language, status, created_at) VALUES (?, ?, 'wave-1', 'p-1',"
                  + " 'tiktok', 'nl', 'new', ?)")) {
        for (long i = first; i < first + ROUND; i++) {
          s.setString(1, "r-" + i);
          s.setString(2, CAMPAIGN);
          s.setObject(3, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE requests SET claimed_by = 'bench-worker', claimed_until = ?"
                  + " WHERE reference = ?")) {
        for (long i = first; i < first + ROUND; i++) {
          s.setObject(1, at);
          s.setString(2, "r-" + i);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
      try (PreparedStatement e =
              c.prepareStatement(
                  "INSERT INTO request_events (reference, seq, kind, occurred_at, channel, proof,"
                      + " recorded_at) VALUES (?, 0, 'submitted', ?, 'email', 'bench', ?)");
          PreparedStatement u =
              c.prepareStatement("UPDATE requests SET status = 'submitted' WHERE reference = ?")) {
        for (long i = first; i < first + ROUND; i++) {
          e.setString(1, "r-" + i);
          e.setObject(2, at);
          e.setObject(3, at);
          e.addBatch();
          u.setString(1, "r-" + i);
          u.addBatch();
        }
        e.executeBatch();
        u.executeBatch();
      }
      c.commit();
    }
    return ROUND;
  }
}
