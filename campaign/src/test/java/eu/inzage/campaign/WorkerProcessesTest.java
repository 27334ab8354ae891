package eu.inzage.campaign;

import static eu.inzage.campaign.Samples.CAMPAIGN;
import static eu.inzage.campaign.Samples.participant;
import static eu.inzage.campaign.Samples.reference;
import static eu.inzage.campaign.Samples.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.core.lifecycle.RequestStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worker processes on one database, counted where the mail arrives (a real SMTP server): two child
 * JVMs over one wave submit every request exactly once; a child killed ({@code kill -9}) at random
 * points of a wave loses nothing and sends nothing twice, and an intent it left without a receipt
 * is reported as unresolved, never re-sent. On H2 (in server mode, shared by the processes) and on
 * PostgreSQL when it is available.
 */
class WorkerProcessesTest {
  @TempDir Path dir;

  private GreenMail smtp;
  private Server h2;
  private CampaignStore store;
  private String url;

  @BeforeEach
  void startMail() {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    smtp = new GreenMail(setup);
    smtp.start();
  }

  @AfterEach
  void stopAll() {
    if (store != null) {
      store.close();
    }
    if (h2 != null) {
      h2.stop();
    }
    smtp.stop();
  }

  /** The database of one test: H2 in server mode under the temp folder, or a PostgreSQL schema. */
  private void open(String database, int requests) throws SQLException {
    if (database.equals("h2")) {
      h2 =
          Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists")
              .start();
      url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/campaign";
    } else {
      url = TestDatabases.freshPostgresSchema();
    }
    store = CampaignStore.builder().jdbcUrl(url, null, null).clock(Clock.systemUTC()).build();
    store.createCampaign(Samples.campaign(CAMPAIGN));
    for (int i = 1; i <= requests; i++) {
      store.register(CAMPAIGN, participant(i));
      store.addRequest(request(CAMPAIGN, i, "tiktok"));
    }
  }

  /** A worker child JVM with its stdin and stdout. */
  private final class Child {
    final Process process;
    final BufferedReader out;
    final Writer in;

    Child(String worker, int batch, int leaseSeconds, boolean pausing) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.add(WaveWorkerChild.class.getName());
      command.addAll(
          List.of(
              url,
              CAMPAIGN,
              worker,
              Integer.toString(smtp.getSmtp().getPort()),
              Integer.toString(batch),
              Integer.toString(leaseSeconds),
              Boolean.toString(pausing)));
      process =
          new ProcessBuilder(command).redirectError(dir.resolve(worker + ".err").toFile()).start();
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    String next() throws IOException {
      String line = out.readLine();
      if (line == null) {
        throw new IOException("worker ended early; see its .err file in " + dir);
      }
      return line;
    }

    void go() throws IOException {
      in.write("go\n");
      in.flush();
    }

    /** Reads to "done"; returns the number the worker reported as sent. */
    int finish() throws IOException, InterruptedException {
      int sent = -1;
      String line;
      while (!(line = next()).equals("done")) {
        if (line.startsWith("sent ")) {
          sent = Integer.parseInt(line.substring(5));
        } else if (!line.startsWith("skipped ")) {
          go(); // a marker of a pausing worker
        }
      }
      process.waitFor();
      return sent;
    }

    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      process.waitFor();
    }
  }

  /** Message-ID → how many times the SMTP server received it. */
  private Map<String, Integer> received() throws MessagingException {
    Map<String, Integer> counts = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      counts.merge(message.getMessageID(), 1, Integer::sum);
    }
    return counts;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgres"})
  void twoWorkerProcesses_submitEveryRequestExactlyOnce(String database) throws Exception {
    int requests = 40;
    open(database, requests);
    Child first = new Child("worker-1", 4, 900, false);
    Child second = new Child("worker-2", 4, 900, false);
    assertThat(first.next()).isEqualTo("ready");
    assertThat(second.next()).isEqualTo("ready");
    first.go();
    second.go();
    int sentByFirst = first.finish();
    int sentBySecond = second.finish();

    assertThat(sentByFirst + sentBySecond).isEqualTo(requests);
    Map<String, Integer> received = received();
    assertThat(received).hasSize(requests);
    assertThat(received.values()).allMatch(count -> count == 1);
    assertThat(store.statusCounts(CAMPAIGN)).isEqualTo(Map.of(RequestStatus.SUBMITTED, requests));
    assertThat(store.unresolved(CAMPAIGN)).isEmpty();
    for (int i = 1; i <= requests; i++) {
      String messageId =
          store
              .ledger()
              .find(reference(i, "tiktok"))
              .orElseThrow()
              .sent()
              .orElseThrow()
              .messageId();
      assertThat(received).containsEntry(messageId, 1);
    }
  }

  /**
   * A measurement, not a check (run with {@code -Dinzage.measure.workers=true}): the wall time of
   * one worker and of two workers over waves of the same size on PostgreSQL, sending over SMTP.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(
      named = "inzage.measure.workers",
      matches = "true")
  void measure_twoWorkersAgainstOne_onPostgres() throws Exception {
    int requests = 400;
    open("postgres", requests);
    long one = timeWave(List.of("solo"));
    smtp.purgeEmailFromAllMailboxes();
    store.close();
    store = null;
    open("postgres", requests);
    long two = timeWave(List.of("pair-1", "pair-2"));
    System.out.printf(
        "two-worker speed-up on PostgreSQL: %d requests, one worker %d ms, two workers %d ms,"
            + " %.2fx%n",
        requests, one, two, (double) one / two);
    assertThat(received()).hasSize(requests);
  }

  private long timeWave(List<String> workers) throws Exception {
    List<Child> children = new ArrayList<>();
    for (String worker : workers) {
      children.add(new Child(worker, 20, 900, false));
    }
    for (Child child : children) {
      assertThat(child.next()).isEqualTo("ready");
    }
    long start = System.nanoTime();
    for (Child child : children) {
      child.go();
    }
    for (Child child : children) {
      child.finish();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgres"})
  void killedWorker_losesNothingAndSendsNothingTwice(String database) throws Exception {
    int requests = 10;
    int kills = 8;
    open(database, requests);
    Random random = new Random(20261202);
    Set<String> killedAt = new TreeSet<>();
    for (int k = 0; k < kills; k++) {
      Child child = new Child("killed-" + k, 3, 1, true);
      assertThat(child.next()).isEqualTo("ready");
      child.go();
      int killAt = 1 + random.nextInt(9);
      for (int marker = 1; ; marker++) {
        String line = child.next();
        if (line.startsWith("skipped ")) {
          marker--;
          continue;
        }
        if (line.startsWith("sent ") || line.equals("done")) {
          break;
        }
        if (marker == killAt) {
          killedAt.add(line.substring(0, line.indexOf(' ')));
          child.kill();
          break;
        }
        child.go();
      }
      child.kill();
      Thread.sleep(1_100); // past the one-second claim lease of the dead worker's other claims
    }
    Child last = new Child("last", 3, 1, true);
    assertThat(last.next()).isEqualTo("ready");
    last.go();
    last.finish();

    // nothing sent twice
    Map<String, Integer> received = received();
    assertThat(received.values()).allMatch(count -> count == 1);
    // nothing lost: every request has a receipt, or an intent reported as unresolved
    SentLedger ledger = store.ledger();
    List<String> unresolvedSent = new ArrayList<>();
    List<String> unresolvedUnsent = new ArrayList<>();
    for (int i = 1; i <= requests; i++) {
      String ref = reference(i, "tiktok");
      SentLedger.Entry entry =
          ledger.find(ref).orElseThrow(() -> new AssertionError(ref + " lost"));
      if (entry.receipt() != null) {
        assertThat(received).containsEntry(entry.messageId(), 1);
        assertThat(store.status(ref)).isEqualTo(RequestStatus.SUBMITTED);
      } else if (received.containsKey(entry.messageId())) {
        unresolvedSent.add(ref);
      } else {
        unresolvedUnsent.add(ref);
      }
    }
    List<String> reported =
        store.unresolved(CAMPAIGN).stream().map(UnresolvedSubmission::reference).toList();
    List<String> expected = new ArrayList<>(unresolvedSent);
    expected.addAll(unresolvedUnsent);
    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(killedAt)
        .as("kill points spread over the send")
        .contains("after-intent", "before-receipt");
    assertThat(unresolvedSent).as("killed after the send, before the receipt").isNotEmpty();
    assertThat(unresolvedUnsent).as("killed after the intent, before the send").isNotEmpty();

    // the operator resolves the unsent intents; a worker then sends those, and only those, once
    unresolvedUnsent.forEach(ledger::clearIntent);
    Thread.sleep(1_100);
    Child resolver = new Child("resolver", 3, 1, true);
    assertThat(resolver.next()).isEqualTo("ready");
    resolver.go();
    assertThat(resolver.finish()).isEqualTo(unresolvedUnsent.size());
    Map<String, Integer> after = received();
    assertThat(after).hasSize(requests);
    assertThat(after.values()).allMatch(count -> count == 1);
    assertThat(store.unresolved(CAMPAIGN))
        .extracting(UnresolvedSubmission::reference)
        .containsExactlyInAnyOrderElementsOf(unresolvedSent);
  }
}
