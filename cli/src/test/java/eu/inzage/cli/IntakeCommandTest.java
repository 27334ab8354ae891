package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code inzage intake} end to end, in process, against an in-process GreenMail IMAP server. */
class IntakeCommandTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-03T09:15:00Z"), ZoneOffset.UTC);

  /** When the mailbox received the test replies (IMAP INTERNALDATE). */
  private static final Instant ARRIVAL = Instant.parse("2026-11-02T10:00:07Z");

  private static final String PASSWORD = "Mailbox-s3cret-pw";
  private static final String REFERENCE = "p-000123-tiktok";

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private GreenMailUser user;

  @BeforeEach
  void setUp() throws IOException {
    System.setProperty(VaultFiles.ARGON2_PROPERTY, "256,1,1");
    user = GREEN_MAIL.setUser("requests@inzage.example", "requests", PASSWORD);
    env.put("IMAP_PASSWORD", PASSWORD);
    assertThat(run("keys", "new", "--out", p("keys")).exit()).isZero();
    assertThat(run("keys", "organisation", "--out", p("org")).exit()).isZero();
    Files.writeString(
        dir.resolve("requests.jsonl"),
        "{\"reference\":\""
            + REFERENCE
            + "\",\"participant\":\"p-000123\",\"recipient\":\"keys/public.json\","
            + "\"messageIds\":[\"<req.000123.1@inzage.example>\"]}\n"
            + "\n"
            + "{\"reference\":\"p-000456-zoom\",\"participant\":\"p-000456\","
            + "\"recipient\":\"keys/public.json\"}\n");
  }

  @AfterEach
  void restore() {
    System.clearProperty(VaultFiles.ARGON2_PROPERTY);
  }

  private CommandRun run(String... args) {
    return CommandRun.of(CLOCK, env, args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private CommandRun intake(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "intake",
                "--imap",
                "127.0.0.1:" + GREEN_MAIL.getImap().getPort(),
                "--user",
                "requests",
                "--password-env",
                "IMAP_PASSWORD",
                "--requests",
                p("requests.jsonl"),
                "--store",
                p("vault"),
                "--signing-key",
                p("org/" + VaultFiles.SIGNING_KEY),
                "--processed",
                p("state/processed.txt")));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static byte[] pdf() {
    byte[] noise = new byte[200_000];
    new Random(11).nextBytes(noise);
    byte[] head = "%PDF-1.7\n% Jan Jansen access copy\n".getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + noise.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(noise, 0, all, head.length, noise.length);
    return all;
  }

  /** A reply (with one PDF attachment unless {@code pdf} is null), put into the mailbox. */
  private void deliver(String messageId, String to, String extraHeader, byte[] pdf) {
    String boundary = "=_intake_cli_test";
    StringBuilder text = new StringBuilder();
    text.append("From: Privacy Team <privacy@controller.example>\r\n")
        .append("To: ")
        .append(to)
        .append("\r\n")
        .append("Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n")
        .append("Message-ID: ")
        .append(messageId)
        .append("\r\n");
    if (extraHeader != null) {
      text.append(extraHeader).append("\r\n");
    }
    text.append("Subject: Your access request\r\nMIME-Version: 1.0\r\n");
    if (pdf == null) {
      text.append("Content-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n");
    } else {
      text.append("Content-Type: multipart/mixed; boundary=\"")
          .append(boundary)
          .append("\"\r\n\r\n--")
          .append(boundary)
          .append("\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour data is attached.\r\n--")
          .append(boundary)
          .append(
              "\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
                  + " filename=\"Jan Jansen data.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
          .append(
              Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(pdf))
          .append("\r\n--")
          .append(boundary)
          .append("--\r\n");
    }
    try {
      GREEN_MAIL
          .getManagers()
          .getImapHostManager()
          .getInbox(user)
          .appendMessage(
              GreenMailUtil.newMimeMessage(text.toString()),
              new jakarta.mail.Flags(),
              java.util.Date.from(ARRIVAL));
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> mailbox() throws Exception {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      ids.add(message.getMessageID());
    }
    return ids;
  }

  @Test
  void aReplyWithAPdf_matchedByItsReplyAddress_sealed_openedByTheParticipant_deleted()
      throws Exception {
    byte[] pdf = pdf();
    deliver("<r1@controller.example>", "requests+" + REFERENCE + "@inzage.example", null, pdf);
    deliver("<u1@controller.example>", "someone@inzage.example", null, null);

    CommandRun first = intake("--after", "delete");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    JsonNode json = first.json();
    assertThat(json.get("matched")).hasSize(1);
    JsonNode reply = json.get("matched").get(0);
    assertThat(reply.get("reference").asText()).isEqualTo(REFERENCE);
    assertThat(reply.get("participant").asText()).isEqualTo("p-000123");
    assertThat(reply.get("rule").asText()).isEqualTo("REPLY_ADDRESS");
    assertThat(reply.get("received").asText()).isEqualTo(ARRIVAL.toString());
    assertThat(reply.get("bounce").asBoolean()).isFalse();
    assertThat(reply.get("autoReply").asBoolean()).isFalse();
    JsonNode attachment = reply.get("attachments").get(0);
    assertThat(reply.get("attachments")).hasSize(1);
    assertThat(attachment.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(attachment.get("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(attachment.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(json.get("keptAside")).hasSize(1);
    assertThat(json.get("keptAside").get(0).get("reason").asText()).isEqualTo("UNMATCHED");
    assertThat(json.get("alreadyProcessed").asInt()).isZero();
    assertThat(json.get("deleted").asInt()).isEqualTo(1);
    // the output names no person: no file name, no address, no Message-ID
    assertThat(first.out()).doesNotContain("Jansen", "controller.example", "someone");
    // the reply is gone from the mailbox, the unmatched message stays
    assertThat(mailbox()).containsExactly("<u1@controller.example>");

    CommandRun open =
        run(
            "vault",
            "open",
            "--store",
            p("vault"),
            "--key",
            p("keys/private.json"),
            "--subject",
            "p-000123",
            "--object",
            attachment.get("object").asText(),
            "--out",
            p("opened.pdf"),
            "--organisation-key",
            p("org/" + VaultFiles.PUBLIC_KEY));
    assertThat(open.exit()).as(open.err()).isZero();
    assertThat(sha256(Files.readAllBytes(dir.resolve("opened.pdf")))).isEqualTo(sha256(pdf));
    assertNoPlaintextUnder(dir.resolve("vault"), "Jan Jansen access copy");
    assertNoPlaintextUnder(dir.resolve("state"), "Jan Jansen access copy");

    CommandRun second = intake("--after", "delete");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.json().get("matched")).isEmpty();
    assertThat(second.json().get("keptAside")).hasSize(1);
    assertThat(second.json().get("deleted").asInt()).isZero();
    assertThat(mailbox()).containsExactly("<u1@controller.example>");
  }

  @Test
  void rerun_processesNothingTwice_andLeaveKeepsTheMailbox() throws Exception {
    deliver(
        "<r2@controller.example>",
        "privacy-desk@inzage.example",
        "In-Reply-To: <req.000123.1@inzage.example>",
        pdf());
    deliver("<r3@controller.example>", "requests+P-000456-ZOOM@inzage.example", null, null);

    CommandRun first = intake();
    CommandRun second = intake();

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.json().get("matched"))
        .extracting(m -> m.get("reference").asText() + " " + m.get("rule").asText())
        .containsExactly(REFERENCE + " MESSAGE_ID", "p-000456-zoom REPLY_ADDRESS");
    assertThat(first.json().get("deleted").asInt()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.json().get("matched")).isEmpty();
    assertThat(second.json().get("keptAside")).isEmpty();
    assertThat(second.json().get("alreadyProcessed").asInt()).isEqualTo(2);
    assertThat(mailbox()).hasSize(2);
    assertThat(
            run("vault", "list", "--store", p("vault"), "--subject", "p-000123")
                .json()
                .get("count")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void theFirstReply_isRecordedAsAcknowledged_inTheRequestFile_once() throws Exception {
    Files.writeString(
        dir.resolve("request.json"),
        "{\"id\":\""
            + REFERENCE
            + "\",\"participantId\":\"p-000123\",\"controllerId\":\"tiktok\","
            + "\"residence\":\"NL\",\"events\":[{\"type\":\"submitted\","
            + "\"at\":\"2026-10-01T09:00:00Z\",\"channel\":\"EMAIL\"}]}");
    Files.writeString(
        dir.resolve("requests.jsonl"),
        "{\"reference\":\""
            + REFERENCE
            + "\",\"participant\":\"p-000123\",\"recipient\":\"keys/public.json\","
            + "\"request\":\"request.json\"}\n");
    deliver("<a1@controller.example>", "requests+" + REFERENCE + "@inzage.example", null, null);
    deliver("<a2@controller.example>", "requests+" + REFERENCE + "@inzage.example", null, null);

    CommandRun run = intake();

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("matched"))
        .extracting(m -> m.get("recorded").isNull() ? "none" : m.get("recorded").asText())
        .containsExactly("acknowledged", "none");
    JsonNode request =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("request.json").toFile());
    assertThat(request.get("events")).hasSize(2);
    assertThat(request.get("events").get(1).get("type").asText()).isEqualTo("acknowledged");
    assertThat(request.get("events").get(1).get("at").asText()).isEqualTo(ARRIVAL.toString());
    CommandRun status = run("status", "--request", p("request.json"), "--on", "2026-11-03");
    assertThat(status.json().get("status").asText()).isEqualTo("ACKNOWLEDGED");
  }

  @Test
  void aReferenceInTheSubject_endingASentence_isRead() throws Exception {
    user.deliver(
        GreenMailUtil.newMimeMessage(
            "From: privacy@controller.example\r\nTo: privacy-desk@inzage.example\r\n"
                + "Message-ID: <s1@controller.example>\r\n"
                + "Subject: About your request P-000456-ZOOM.\r\n\r\nHello.\r\n"));

    CommandRun r = intake();

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("matched").get(0).get("reference").asText()).isEqualTo("p-000456-zoom");
    assertThat(r.json().get("matched").get(0).get("rule").asText())
        .isEqualTo("REFERENCE_IN_SUBJECT");
  }

  @Test
  void theImapUrlForm_readsTheFolderItNames() throws Exception {
    deliver("<r9@controller.example>", "requests+" + REFERENCE + "@inzage.example", null, null);
    List<String> args =
        new ArrayList<>(
            List.of(
                "intake",
                "--imap",
                "imap://127.0.0.1:" + GREEN_MAIL.getImap().getPort() + "/INBOX",
                "--user",
                "requests",
                "--password-env",
                "IMAP_PASSWORD",
                "--requests",
                p("requests.jsonl"),
                "--store",
                p("vault"),
                "--signing-key",
                p("org/" + VaultFiles.SIGNING_KEY),
                "--processed",
                p("state/processed.txt")));

    CommandRun r = run(args.toArray(String[]::new));
    args.set(2, "imap:/127.0.0.1");
    CommandRun bad = run(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("matched")).hasSize(1);
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("--imap INVALID_VALUE");
  }

  @Test
  void aWrongPassword_exitsTwo_printingNoSecret() throws Exception {
    deliver("<r4@controller.example>", "requests+" + REFERENCE + "@inzage.example", null, pdf());
    env.put("IMAP_PASSWORD", "Wrong-pa55word");

    CommandRun r = intake("--after", "delete");

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("inzage: intake: the IMAP server refused the login");
    assertThat(r.err()).doesNotContain("Wrong-pa55word", PASSWORD, "requests@");
    assertThat(mailbox()).hasSize(1);
  }

  @Test
  void plainImapToAnotherMachine_isRefused() {
    CommandRun r =
        run(
            "intake",
            "--imap",
            "imap.example.org:143",
            "--user",
            "requests",
            "--password-env",
            "IMAP_PASSWORD",
            "--requests",
            p("requests.jsonl"),
            "--store",
            p("vault"),
            "--signing-key",
            p("org/" + VaultFiles.SIGNING_KEY),
            "--processed",
            p("state/processed.txt"));

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--imap").contains("--imaps or --starttls");
  }

  @Test
  void aPasswordVariableThatIsNotSet_exitsTwoNamingTheOption() {
    env.remove("IMAP_PASSWORD");

    CommandRun r = intake();

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--password-env");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an unknown field | {\"reference\":\"r-1\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/public.json\",\"email\":\"jan@example.org\"}"
            + " | requests.1.email | UNKNOWN_FIELD",
        "a malformed reference | {\"reference\":\"../x\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/public.json\"} | requests.1.reference | INVALID_ID",
        "a malformed participant | {\"reference\":\"r-1\",\"participant\":\"Jan Jansen\","
            + "\"recipient\":\"keys/public.json\"} | requests.1.participant | INVALID_ID",
        "a missing recipient | {\"reference\":\"r-1\",\"participant\":\"p-1\"}"
            + " | requests.1.recipient | REQUIRED",
        "a key file that is missing | {\"reference\":\"r-1\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/none.json\"} | requests.1.recipient | REQUIRED",
        "a key file that is no public key | {\"reference\":\"r-1\",\"participant\":\"p-1\","
            + "\"recipient\":\"requests.jsonl\"} | requests.1.recipient | ",
        "a malformed Message-ID | {\"reference\":\"r-1\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/public.json\",\"messageIds\":[\"jan@example.org\"]}"
            + " | requests.1.messageIds.0 | INVALID_VALUE",
        "not JSON | {\"reference\": | requests.1 | MALFORMED_JSON",
        "a reference twice | {\"reference\":\"r-1\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/public.json\"}\\n{\"reference\":\"R-1\",\"participant\":\"p-2\","
            + "\"recipient\":\"keys/public.json\"} | requests.2.reference | INVALID_VALUE",
        "a field twice | {\"reference\":\"r-1\",\"reference\":\"r-2\",\"participant\":\"p-1\","
            + "\"recipient\":\"keys/public.json\"} | requests.1 | MALFORMED_JSON",
      })
  void badRequestsFile_exitsTwoNamingTheLineAndField(
      String description, String content, String field, String code) throws IOException {
    Files.writeString(dir.resolve("requests.jsonl"), content.replace("\\n", "\n") + "\n");

    CommandRun r = intake();

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(field + " ").doesNotContain("jan@example.org", "Jan Jansen");
    if (code != null) {
      assertThat(r.err()).contains(code);
    }
  }

  private static void assertNoPlaintextUnder(Path folder, String text) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.getFileName().toString())
            .doesNotContain(text);
      }
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
