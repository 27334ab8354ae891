package eu.inzage.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.inzage.adapters.channels.ScriptedSmtpServer.Step;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failure means for a retry, against a scripted SMTP server on a real socket: before the
 * data, retry; after the data without a reply, never.
 */
class SmtpFailureTest {
  private final List<Duration> pauses = new ArrayList<>();

  private SmtpChannel channel(ScriptedSmtpServer server, SentLedger ledger) {
    return SmtpChannel.builder()
        .host("127.0.0.1")
        .port(server.port())
        .security(SmtpSecurity.PLAIN)
        .ledger(ledger)
        .clock(Samples.CLOCK)
        .timeout(Duration.ofSeconds(10))
        .retry(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(1)))
        .sleeper(pauses::add)
        .build();
  }

  @Test
  void connectionLostAfterTheData_isUncertain_notRetried_andTheIntentStays(@TempDir Path dir)
      throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Step.DROP_AFTER_DATA)) {
      SentLedger ledger = SentLedger.inFolder(dir);
      SmtpChannel channel = channel(server, ledger);

      assertThatThrownBy(() -> channel.submit(Samples.single("REQ-20")))
          .isInstanceOfSatisfying(
              UncertainSubmissionException.class,
              e -> {
                assertThat(e.reference()).isEqualTo("REQ-20");
                assertThat(e.messageId()).endsWith("@org.example>");
              });

      assertThat(server.connections()).isEqualTo(1);
      assertThat(server.dataReceived()).hasSize(1);
      assertThat(pauses).isEmpty();
      SentLedger.Entry entry = ledger.find("REQ-20").orElseThrow();
      assertThat(entry.sent()).isEmpty();
      assertThat(entry.intentAt()).isEqualTo(Samples.CLOCK.instant());

      // a restart with the same ledger refuses to send again
      assertThatThrownBy(
              () -> channel(server, SentLedger.inFolder(dir)).submit(Samples.single("REQ-20")))
          .isInstanceOf(UnresolvedSubmissionException.class)
          .hasMessageContaining("REQ-20");
      assertThat(server.connections()).isEqualTo(1);
    }
  }

  @Test
  void operatorClearsTheIntent_thenTheSubmissionIsSent() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Step.DROP_AFTER_DATA)) {
      SentLedger ledger = SentLedger.inMemory();
      SmtpChannel channel = channel(server, ledger);
      assertThatThrownBy(() -> channel.submit(Samples.single("REQ-21")))
          .isInstanceOf(UncertainSubmissionException.class);

      ledger.clearIntent("REQ-21");
      SubmissionReceipt receipt = channel.submit(Samples.single("REQ-21"));

      assertThat(server.accepted()).hasSize(1);
      assertThat(ledger.find("REQ-21").orElseThrow().sent()).contains(receipt);
    }
  }

  @Test
  void deferredBeforeTheData_isRetriedWithBackoff_andSentOnce() throws Exception {
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(Step.DEFER_MAIL, Step.DEFER_MAIL, Step.ACCEPT)) {
      SubmissionReceipt receipt =
          channel(server, SentLedger.inMemory()).submit(Samples.single("REQ-22"));

      assertThat(server.connections()).isEqualTo(3);
      assertThat(server.dataReceived()).hasSize(1);
      assertThat(server.accepted()).hasSize(1);
      assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
      assertThat(receipt.route()).isEqualTo(SubmissionReceipt.Route.SMTP);
    }
  }

  @Test
  void deferredAfterTheData_isNotAcceptedAndRetried() throws Exception {
    // RFC 5321 §4.2.5: a 4xx reply to the end of the data means the server did not take the message
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Step.DEFER_AFTER_DATA)) {
      channel(server, SentLedger.inMemory()).submit(Samples.single("REQ-23"));

      assertThat(server.accepted()).hasSize(1);
      assertThat(pauses).containsExactly(Duration.ofSeconds(2));
    }
  }

  @Test
  void refusedRecipient_failsPermanentlyWithoutRetry_andClearsTheIntent() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(Step.REFUSE_RCPT)) {
      SentLedger ledger = SentLedger.inMemory();

      assertThatThrownBy(() -> channel(server, ledger).submit(Samples.single("REQ-24")))
          .isInstanceOfSatisfying(
              SubmissionFailedException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.REFUSED);
                assertThat(e.replyCode()).isEqualTo(550);
                assertThat(e.attempts()).isEqualTo(1);
              })
          .message()
          .doesNotContain("controller.example")
          .doesNotContain("no such user");
      assertThat(server.dataReceived()).isEmpty();
      assertThat(pauses).isEmpty();
      assertThat(ledger.find("REQ-24")).isEmpty();
    }
  }

  @Test
  void retriesExhaustedOnDeferrals_failsWithUnavailableAndTheLastReplyCode() throws Exception {
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer(Step.DEFER_MAIL, Step.DEFER_MAIL, Step.DEFER_MAIL)) {
      assertThatThrownBy(
              () -> channel(server, SentLedger.inMemory()).submit(Samples.single("REQ-25")))
          .isInstanceOfSatisfying(
              SubmissionFailedException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.UNAVAILABLE);
                assertThat(e.replyCode()).isEqualTo(451);
                assertThat(e.attempts()).isEqualTo(3);
              });
      assertThat(server.dataReceived()).isEmpty();
    }
  }

  @Test
  void startTls_withTheServersCertificateTrusted_sendsOverTls() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(serverTls())) {
      startTlsChannel(server, false).submit(Samples.single("REQ-26"));

      assertThat(server.acceptedOverTls()).containsExactly(true);
    }
  }

  @Test
  void startTls_withIdentityCheck_refusesACertificateThatNamesNoHost() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(serverTls())) {
      assertThatThrownBy(() -> startTlsChannel(server, true).submit(Samples.single("REQ-27")))
          .isInstanceOfSatisfying(
              SubmissionFailedException.class,
              e -> assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.TLS));
      assertThat(server.dataReceived()).isEmpty();
      assertThat(pauses).isEmpty();
    }
  }

  private SmtpChannel startTlsChannel(ScriptedSmtpServer server, boolean identityCheck)
      throws Exception {
    return SmtpChannel.builder()
        .host("127.0.0.1")
        .port(server.port())
        .security(SmtpSecurity.STARTTLS)
        .trustStore(scriptedServerCertificate())
        .checkServerIdentity(identityCheck)
        .ledger(SentLedger.inMemory())
        .clock(Samples.CLOCK)
        .timeout(Duration.ofSeconds(10))
        .sleeper(pauses::add)
        .build();
  }

  /** GreenMail's own test key, whose certificate names no host. */
  private static KeyStore greenMailKey() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
      keys.load(in, "changeit".toCharArray());
    }
    return keys;
  }

  /** The scripted server's certificate (GreenMail's, naming no host) as a trust store. */
  private static KeyStore scriptedServerCertificate() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("greenmail", greenMailKey().getCertificate("greenmail"));
    return trust;
  }

  /** The server side of TLS with GreenMail's self-signed test key. */
  private static SSLContext serverTls() throws Exception {
    KeyStore keys = greenMailKey();
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    return context;
  }
}
