package eu.inzage.campaign;

import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SmtpChannel;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.adapters.channels.UnresolvedSubmissionException;
import eu.inzage.core.AlreadyExistsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The child JVM of {@link WorkerProcessesTest}: one worker that claims requests of a campaign in
 * batches and submits each over SMTP through the store's ledger until none is due, then prints
 * "done". Prints "ready" and waits for "go" before it starts. With {@code pause}, it prints a
 * marker before and after recording the intent and the receipt and waits for "go" each time, so
 * that the parent can kill it exactly there. Arguments: JDBC URL, campaign, worker name, SMTP port,
 * batch size, claim lease in seconds, pause (true/false).
 */
public final class WaveWorkerChild {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private static final BufferedReader IN =
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

  private WaveWorkerChild() {}

  static void pause(String marker) {
    OUT.println(marker);
    try {
      if (!"go".equals(IN.readLine())) {
        throw new IOException("parent went away");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the worker. */
  public static void main(String[] args) {
    String url = args[0];
    String campaign = args[1];
    String worker = args[2];
    int port = Integer.parseInt(args[3]);
    int batch = Integer.parseInt(args[4]);
    Duration lease = Duration.ofSeconds(Long.parseLong(args[5]));
    boolean pausing = Boolean.parseBoolean(args[6]);
    Clock clock = Clock.systemUTC();
    try (CampaignStore store =
        CampaignStore.builder().jdbcUrl(url, null, null).clock(clock).claimLease(lease).build()) {
      SentLedger ledger = pausing ? new PausingLedger(store.ledger()) : store.ledger();
      SmtpChannel channel =
          SmtpChannel.builder()
              .host("127.0.0.1")
              .port(port)
              .security(eu.inzage.adapters.channels.SmtpSecurity.PLAIN)
              .ledger(ledger)
              .clock(clock)
              .timeout(Duration.ofSeconds(30))
              .build();
      pause("ready");
      int sent = 0;
      List<ClaimedRequest> claimed;
      while (!(claimed = store.claim(campaign, batch, worker)).isEmpty()) {
        for (ClaimedRequest request : claimed) {
          try {
            channel.submit(CampaignStoreContract.submission(request.reference()));
            sent++;
          } catch (UnresolvedSubmissionException | AlreadyExistsException e) {
            // another worker holds the intent, or an earlier run stopped mid-send: not ours
            OUT.println("skipped " + request.reference());
          }
        }
      }
      OUT.println("sent " + sent);
      OUT.println("done");
    }
  }

  /** Passes everything through, pausing before and after the intent and the receipt. */
  private static final class PausingLedger implements SentLedger {
    private final SentLedger inner;

    PausingLedger(SentLedger inner) {
      this.inner = inner;
    }

    @Override
    public Optional<Entry> find(String reference) {
      return inner.find(reference);
    }

    @Override
    public void recordIntent(String reference, String messageId, Instant at) {
      pause("before-intent " + reference);
      inner.recordIntent(reference, messageId, at);
      pause("after-intent " + reference);
    }

    @Override
    public void recordReceipt(SubmissionReceipt receipt) {
      pause("before-receipt " + receipt.reference());
      inner.recordReceipt(receipt);
      pause("after-receipt " + receipt.reference());
    }

    @Override
    public void clearIntent(String reference) {
      inner.clearIntent(reference);
    }
  }
}
