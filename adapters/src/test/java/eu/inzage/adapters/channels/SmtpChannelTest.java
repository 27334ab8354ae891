package eu.inzage.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.inzage.adapters.internal.channels.Hashes;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.model.ChannelType;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SMTP channel against a real in-process GreenMail server. */
class SmtpChannelTest {
  private GreenMail greenMail;
  private final List<Duration> pauses = new ArrayList<>();

  @BeforeEach
  void start() {
    greenMail = new GreenMail(setup(0, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  /** A server on the loopback address; generous startup time on a busy build machine. */
  private static ServerSetup setup(int port, String protocol) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  private int port() {
    return greenMail.getSmtp().getPort();
  }

  private SmtpChannel.Builder channel(SentLedger ledger) {
    return SmtpChannel.builder()
        .host("127.0.0.1")
        .port(port())
        .security(SmtpSecurity.PLAIN)
        .ledger(ledger)
        .clock(Samples.CLOCK)
        .timeout(Duration.ofSeconds(10))
        .sleeper(pauses::add);
  }

  @Test
  void submit_deliversOnceAndReturnsTheProof() throws Exception {
    SubmissionReceipt receipt =
        channel(SentLedger.inMemory()).build().submit(Samples.single("REQ-1"));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getMessageID()).isEqualTo(receipt.messageId());
    assertThat(receipt.messageId())
        .isEqualTo(
            "<"
                + Hashes.sha256Hex("REQ-1".getBytes(StandardCharsets.UTF_8)).substring(0, 32)
                + "@org.example>");
    assertThat(received[0].getSentDate().toInstant()).isEqualTo(Samples.CLOCK.instant());
    assertThat(receipt.route()).isEqualTo(SubmissionReceipt.Route.SMTP);
    assertThat(receipt.sentAt()).isEqualTo(Samples.CLOCK.instant());
    assertThat(receipt.recipients()).containsExactly("privacy@controller.example");
    assertThat(receipt.attachmentNames()).containsExactly("access-request.pdf");
    assertThat(receipt.sha256()).matches("[0-9a-f]{64}");

    RequestEvent.Submitted event = receipt.toSubmittedEvent();
    assertThat(event.at()).isEqualTo(Samples.CLOCK.instant());
    assertThat(event.channel()).isEqualTo(ChannelType.EMAIL);
    assertThat(event.proof())
        .isEqualTo(
            "smtp message-id="
                + receipt.messageId()
                + "; sha256="
                + receipt.sha256()
                + "; recipients=1; attachments=1")
        .hasSizeLessThanOrEqualTo(500);
    assertThat(receipt.toString()).doesNotContain("@controller.example");
  }

  @Test
  void resubmit_sendsNothingAndReturnsTheRecordedReceipt() {
    SmtpChannel channel = channel(SentLedger.inMemory()).build();
    SubmissionReceipt first = channel.submit(Samples.single("REQ-2"));

    SubmissionReceipt second = channel.submit(Samples.single("REQ-2"));

    assertThat(second).isEqualTo(first);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void resubmit_afterRestartWithAFolderLedger_sendsNothing(@TempDir Path dir) {
    channel(SentLedger.inFolder(dir)).build().submit(Samples.single("REQ-3"));

    SubmissionReceipt again =
        channel(SentLedger.inFolder(dir)).build().submit(Samples.single("REQ-3"));

    assertThat(again.route()).isEqualTo(SubmissionReceipt.Route.SMTP);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void headerInjection_refusedBeforeAnythingIsSent() {
    SmtpChannel channel = channel(SentLedger.inMemory()).build();

    assertThatThrownBy(
            () ->
                channel.submit(
                    EmailSubmission.builder()
                        .reference("REQ-4")
                        .from("requests@org.example", null)
                        .to("privacy@controller.example", null)
                        .subject("x\r\nBcc: victim@other.example")
                        .body("b")
                        .build()))
        .isInstanceOf(InvalidInputException.class);

    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void nonAsciiNamesAndSubject_areEncodedAndRoundTrip() throws Exception {
    EmailSubmission submission =
        EmailSubmission.builder()
            .reference("REQ-5")
            .from("requests@org.example", "Stichting Ångström")
            .to("privacy@controller.example", Samples.NAME)
            .subject(Samples.GREEK_SUBJECT)
            .body("Καλημέρα,\nZoë\n")
            .build();

    channel(SentLedger.inMemory()).build().submit(submission);

    MimeMessage received = greenMail.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo(Samples.GREEK_SUBJECT);
    assertThat(
            ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
        .isEqualTo(Samples.NAME);
    assertThat(((InternetAddress) received.getFrom()[0]).getPersonal())
        .isEqualTo("Stichting Ångström");
    String headers = headerSection(bytes(received));
    assertThat(headers.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(headers).contains("Subject: =?UTF-8?").contains("To: =?UTF-8?");
    assertThat(((Multipart) received.getContent()).getBodyPart(0).getContent())
        .isEqualTo("Καλημέρα,\r\nZoë\r\n");
  }

  @Test
  void attachments_arriveWithTheirNamesAndExactContent() throws Exception {
    EmailSubmission submission =
        Samples.full("REQ-6")
            .attach(
                "identiteitsbewijs-geschwärzt.png",
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 13, 10})
            .build();

    channel(SentLedger.inMemory()).build().submit(submission);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient: To and Cc
    Multipart parts = (Multipart) received[0].getContent();
    assertThat(parts.getContentType()).startsWith("multipart/mixed");
    assertThat(parts.getCount()).isEqualTo(4);
    assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
    List<String> names = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 1; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      names.add(part.getFileName());
      try (InputStream in = part.getInputStream()) {
        hashes.add(Hashes.sha256Hex(in.readAllBytes()));
      }
      assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
    }
    assertThat(names)
        .containsExactly("access-request.pdf", "mandate.pdf", "identiteitsbewijs-geschwärzt.png");
    assertThat(hashes)
        .containsExactly(
            Hashes.sha256Hex(Samples.LETTER_PDF),
            Hashes.sha256Hex(Samples.MANDATE_PDF),
            Hashes.sha256Hex(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 13, 10}));
    assertThat(received[0].getHeader("Reply-To")).containsExactly("requests+REQ-6@org.example");
    assertThat(received[0].getHeader("Cc")).containsExactly("rep@representative.example");
  }

  @Test
  void outboxFile_isByteForByteWhatTheServerReceived(@TempDir Path dir) throws Exception {
    EmailSubmission submission = Samples.full("REQ-7").build();
    SubmissionReceipt sent = channel(SentLedger.inMemory()).build().submit(submission);
    Outbox outbox =
        Outbox.builder().folder(dir).ledger(SentLedger.inMemory()).clock(Samples.CLOCK).build();

    SubmissionReceipt written = outbox.submit(submission);

    byte[] eml = Files.readAllBytes(outbox.file("REQ-7"));
    String emlText = new String(eml, StandardCharsets.ISO_8859_1);
    String receivedText =
        new String(bytes(greenMail.getReceivedMessages()[0]), StandardCharsets.ISO_8859_1);
    // the server puts exactly two lines of its own on top: Return-Path and Received
    String[] serverLines = receivedText.split("\r\n", 3);
    assertThat(serverLines[0]).isEqualTo("Return-Path: <requests@org.example>");
    assertThat(serverLines[1]).matches("Received: from 127\\.0\\.0\\.1 \\(HELO [^)]+\\); .+");
    // and GreenMail stores the message without the CRLF that ends its last line, the one SMTP
    // shares with the terminating "CRLF . CRLF" (RFC 5321 §4.1.1.4); the file keeps it
    assertThat(emlText).endsWith("--\r\n");
    assertThat(serverLines[2]).isEqualTo(emlText.substring(0, emlText.length() - 2));
    assertThat(written.sha256()).isEqualTo(Hashes.sha256Hex(eml)).isEqualTo(sent.sha256());
    assertThat(written.messageId()).isEqualTo(sent.messageId());
    assertThat(written.route()).isEqualTo(SubmissionReceipt.Route.OUTBOX);
    assertThat(headerSection(eml)).startsWith("Date: Mon, 2 Mar 2026 09:15:00 +0000\r\n");
  }

  private static byte[] bytes(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  private static String headerSection(byte[] message) {
    String text = new String(message, StandardCharsets.ISO_8859_1);
    return text.substring(0, text.indexOf("\r\n\r\n"));
  }

  @Test
  void retry_afterARefusedConnection_endsWithExactlyOneMessage() throws Exception {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    greenMail.stop();
    GreenMail[] late = new GreenMail[1];
    SmtpChannel channel =
        SmtpChannel.builder()
            .host("127.0.0.1")
            .port(freePort)
            .security(SmtpSecurity.PLAIN)
            .ledger(SentLedger.inMemory())
            .clock(Samples.CLOCK)
            .retry(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1)))
            .sleeper(
                d -> {
                  pauses.add(d);
                  late[0] = new GreenMail(setup(freePort, ServerSetup.PROTOCOL_SMTP));
                  late[0].start();
                })
            .build();
    try {
      SubmissionReceipt receipt = channel.submit(Samples.single("REQ-8"));

      assertThat(late[0].getReceivedMessages()).hasSize(1);
      assertThat(receipt.route()).isEqualTo(SubmissionReceipt.Route.SMTP);
      assertThat(pauses).containsExactly(Duration.ofSeconds(5));
    } finally {
      if (late[0] != null) {
        late[0].stop();
      }
      greenMail.start();
    }
  }

  @Test
  void nothingListening_retriesWithBackoffThenFailsAndClearsTheIntent() throws Exception {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    SentLedger ledger = SentLedger.inMemory();
    SmtpChannel channel =
        SmtpChannel.builder()
            .host("127.0.0.1")
            .port(freePort)
            .security(SmtpSecurity.PLAIN)
            .ledger(ledger)
            .clock(Samples.CLOCK)
            .retry(new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(30)))
            .sleeper(pauses::add)
            .build();

    assertThatThrownBy(() -> channel.submit(Samples.single("REQ-9")))
        .isInstanceOfSatisfying(
            SubmissionFailedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.UNAVAILABLE);
              assertThat(e.attempts()).isEqualTo(4);
            })
        .hasMessageContaining("ConnectException");
    assertThat(pauses)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30));
    assertThat(ledger.find("REQ-9")).isEmpty();
  }

  @Test
  void authentication_withTheRightPassword_sends() {
    greenMail.setUser("requests@org.example", "inzage", "correct horse");

    channel(SentLedger.inMemory())
        .credentials("inzage", "correct horse".toCharArray())
        .build()
        .submit(Samples.single("REQ-10"));

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void authentication_withAWrongPassword_failsTypedNamingNoSecret() {
    greenMail.setUser("requests@org.example", "inzage", "correct horse");
    SentLedger ledger = SentLedger.inMemory();
    SmtpChannel channel =
        channel(ledger).credentials("inzage", "battery staple".toCharArray()).build();

    assertThatThrownBy(() -> channel.submit(Samples.single("REQ-11")))
        .isInstanceOfSatisfying(
            SubmissionFailedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.AUTHENTICATION);
              assertThat(e.attempts()).isEqualTo(1);
            })
        .message()
        .doesNotContain("battery")
        .doesNotContain("inzage")
        .doesNotContain("correct");
    assertThat(pauses).isEmpty();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(ledger.find("REQ-11")).isEmpty();
    assertThat(channel.toString()).doesNotContain("battery").doesNotContain("inzage");
  }

  @Test
  void loginOverPlain_toAnotherHost_isAConfigurationError() {
    SmtpChannel.Builder builder =
        SmtpChannel.builder()
            .host("smtp.org.example")
            .port(25)
            .security(SmtpSecurity.PLAIN)
            .credentials("inzage", "secret".toCharArray())
            .ledger(SentLedger.inMemory())
            .clock(Samples.CLOCK);

    assertThatThrownBy(builder::build)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("SmtpChannel: a login over PLAIN is allowed only to a relay on this host");
  }

  @Test
  void startTlsRequired_againstAServerWithoutIt_sendsNothing() {
    SmtpChannel channel =
        SmtpChannel.builder()
            .host("127.0.0.1")
            .port(port())
            .security(SmtpSecurity.STARTTLS)
            .ledger(SentLedger.inMemory())
            .clock(Samples.CLOCK)
            .sleeper(pauses::add)
            .build();

    assertThatThrownBy(() -> channel.submit(Samples.single("REQ-12")))
        .isInstanceOfSatisfying(
            SubmissionFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.TLS));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(pauses).isEmpty();
  }

  /** Whether each TLS setting sends, or fails with {@code TLS} before anything is sent. */
  @ParameterizedTest(name = "trusted={0}, identity check={1} -> sent={2}")
  @CsvSource({
    "true, false, true",
    "true, true, true", // the test certificate names 127.0.0.1 (a name mismatch: SmtpFailureTest)
    "false, false, false",
    "false, true, false"
  })
  void implicitTls_sendsOnlyToATrustedServer(boolean trusted, boolean identityCheck, boolean sent)
      throws Exception {
    GreenMail smtps = new GreenMail(setup(0, ServerSetup.PROTOCOL_SMTPS));
    smtps.start();
    try {
      KeyStore trust = greenMailCertificate();
      if (!trusted) {
        trust.deleteEntry("greenmail");
      }
      SmtpChannel channel =
          SmtpChannel.builder()
              .host("127.0.0.1")
              .port(smtps.getSmtps().getPort())
              .security(SmtpSecurity.IMPLICIT_TLS)
              .trustStore(trust)
              .checkServerIdentity(identityCheck)
              .ledger(SentLedger.inMemory())
              .clock(Samples.CLOCK)
              .sleeper(pauses::add)
              .build();

      if (sent) {
        channel.submit(Samples.single("REQ-13"));
      } else {
        assertThatThrownBy(() -> channel.submit(Samples.single("REQ-13")))
            .isInstanceOfSatisfying(
                SubmissionFailedException.class,
                e -> assertThat(e.reason()).isEqualTo(SubmissionFailedException.Reason.TLS));
      }

      assertThat(smtps.getReceivedMessages()).hasSize(sent ? 1 : 0);
      assertThat(pauses).isEmpty();
    } finally {
      smtps.stop();
    }
  }

  /**
   * The test server's self-signed certificate as a trust store: the key every GreenMail TLS port of
   * this module's tests uses (the surefire configuration names it; it names 127.0.0.1).
   */
  static KeyStore greenMailCertificate() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = SmtpChannelTest.class.getResourceAsStream("/intake/server.p12")) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("greenmail", keys.getCertificate("greenmail"));
    return trust;
  }
}
