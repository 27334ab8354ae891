package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage send} against a real in-process SMTP server (GreenMail), an outbox, a web form. */
class SendCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);
  private static final Path ORGANISATION = Path.of("../docs/samples/organisation.json");
  private static final String PARTICIPANT =
      "{\"id\":\"p-000123\",\"name\":\"Zoë Ångström-Łukasiewicz\",\"email\":\"zoe@example.org\","
          + "\"residence\":\"NL\",\"language\":\"nl\",\"accounts\":{\"tiktok\":{\"username\":"
          + "\"@zoe\"},\"zoom\":{\"email\":\"zoe@work.example\"}}}";

  @TempDir Path dir;
  private GreenMail greenMail;

  @BeforeEach
  void start() {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    greenMail = new GreenMail(setup);
    greenMail.start();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  private CommandRun send(String participant, String controller, String... route) throws Exception {
    Path file = Files.writeString(dir.resolve("p.json"), participant);
    List<String> args =
        new ArrayList<>(
            List.of(
                "send",
                "--controller",
                controller,
                "--participant",
                file.toString(),
                "--organisation",
                ORGANISATION.toString(),
                "--signed-on",
                "2026-11-30"));
    args.addAll(Arrays.asList(route));
    return CommandRun.of(CLOCK, args.toArray(String[]::new));
  }

  private String[] smtp(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--smtp",
                "127.0.0.1:" + greenMail.getSmtp().getPort(),
                "--ledger",
                dir.resolve("ledger").toString()));
    args.addAll(Arrays.asList(more));
    return args.toArray(String[]::new);
  }

  @Test
  void zoom_bySmtp_letterAndMandateAttached_representativeInCopy_submissionRecorded()
      throws Exception {
    Path request = dir.resolve("request.json");

    CommandRun run = send(PARTICIPANT, "zoom", smtp("--request", request.toString()));

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("reference").asText()).isEqualTo("p-000123-zoom");
    assertThat(json.get("route").asText()).isEqualTo("smtp");
    assertThat(json.get("to").toString()).isEqualTo("[\"privacy@zoom.us\"]");
    assertThat(json.get("cc").toString()).isEqualTo("[\"zoom@LionheartSquared.eu\"]");
    assertThat(json.get("replyTo").asText()).isEqualTo("verzoeken+p-000123-zoom@inzage.example");
    assertThat(json.get("due").asText()).isEqualTo("2027-01-04");
    assertThat(json.get("recorded").asBoolean()).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessages();
    // one message per recipient address at the server: the controller and the representative
    assertThat(received).hasSize(2);
    MimeMessage message = received[0];
    assertThat(message.getMessageID()).isEqualTo(json.get("messageId").asText());
    assertThat(message.getSubject()).endsWith("[p-000123-zoom]");
    List<String> names = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        names.add(part.getFileName());
        hashes.add(sha256(part.getInputStream().readAllBytes()));
      }
    }
    assertThat(names)
        .containsExactly("access-request-p-000123-zoom.pdf", "mandate-p-000123-zoom.pdf");
    assertThat(hashes)
        .containsExactly(
            json.get("attachments").get(0).get("sha256").asText(),
            json.get("attachments").get(1).get("sha256").asText());
    JsonNode recorded = new ObjectMapper().readTree(request.toFile());
    assertThat(recorded.get("id").asText()).isEqualTo("p-000123-zoom");
    assertThat(recorded.get("events").get(0).get("type").asText()).isEqualTo("submitted");
    assertThat(recorded.get("events").get(0).get("channel").asText()).isEqualTo("EMAIL");
    assertThat(recorded.get("events").get(0).get("proof").asText())
        .contains(json.get("messageId").asText().replace("<", "").replace(">", ""));
    assertThat(run.out()).doesNotContain("Zoë").doesNotContain("zoe@work.example");
  }

  @Test
  void theContractsOwnOptions_sendTheLetter_withoutAMandateWhoseSigningDayIsUnknown()
      throws Exception {
    // exactly the documented options: no --signed-on, no --ledger (the default ledger folder)
    Path file = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    String reference = "t-" + Long.toHexString(System.nanoTime());
    Path ledger = Path.of("inzage-ledger");
    try {
      String[] args = {
        "send",
        "--controller",
        "zoom",
        "--participant",
        file.toString(),
        "--organisation",
        ORGANISATION.toString(),
        "--reference",
        reference,
        "--smtp",
        "127.0.0.1:" + greenMail.getSmtp().getPort()
      };
      CommandRun first = CommandRun.of(CLOCK, args);
      CommandRun second = CommandRun.of(CLOCK, args);

      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.json().get("mandateAttached").asBoolean()).isFalse();
      assertThat(first.json().get("attachments")).hasSize(1);
      assertThat(first.json().get("attachments").get(0).get("name").asText())
          .isEqualTo("access-request-" + reference + ".pdf");
      assertThat(Files.exists(ledger.resolve(reference + ".json"))).isTrue();
      assertThat(second.exit()).as(second.err()).isZero();
      // to the controller and in copy to the representative, once
      assertThat(greenMail.getReceivedMessages()).hasSize(2);
    } finally {
      Files.deleteIfExists(ledger.resolve(reference + ".json"));
      try (Stream<Path> left = Files.list(ledger)) {
        if (left.findAny().isEmpty()) {
          Files.delete(ledger);
        }
      }
    }
  }

  @Test
  void rerun_sendsNothingTwice_andReportsTheFirstSubmission() throws Exception {
    CommandRun first = send(PARTICIPANT, "palantir", smtp());
    CommandRun second = send(PARTICIPANT, "palantir", smtp());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(second.json().get("messageId").asText())
        .isEqualTo(first.json().get("messageId").asText());
    assertThat(second.json().get("sentAt").asText()).isEqualTo(first.json().get("sentAt").asText());
  }

  @Test
  void nameWithCrLf_isRefused_andNothingIsSent() throws Exception {
    CommandRun run =
        send(PARTICIPANT.replace("Zoë Ångström", "Zoë\\r\\nBcc: all@example.org"), "zoom", smtp());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("participant.name CONTROL_CHARACTERS").doesNotContain("Bcc");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(dir.resolve("ledger")).doesNotExist();
  }

  @Test
  void tiktok_takesNoEmail_exitTwoNamingItsWebForm() throws Exception {
    CommandRun run = send(PARTICIPANT, "tiktok", smtp());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip())
        .isEqualTo(
            "inzage: send: invalid input: --controller INVALID_VALUE (tiktok takes no requests by"
                + " e-mail; use its web form https://www.tiktok.com/legal/report/privacy"
                + " (--web-form DIR))");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void tiktok_webForm_writesTheTextTheFilesAndTheChecklist() throws Exception {
    Path folder = dir.resolve("form");

    CommandRun run = send(PARTICIPANT, "tiktok", "--web-form", folder.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("route").asText()).isEqualTo("web-form");
    assertThat(run.json().get("form").asText())
        .isEqualTo("https://www.tiktok.com/legal/report/privacy");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "access-request-p-000123-tiktok.pdf",
              "checklist.json",
              "mandate-p-000123-tiktok.pdf",
              "request.txt");
    }
    JsonNode checklist = new ObjectMapper().readTree(folder.resolve("checklist.json").toFile());
    List<String> filled = new ArrayList<>();
    checklist
        .get("fields")
        .forEach(f -> filled.add(f.get("label").asText() + "=" + f.get("fill").asText()));
    assertThat(filled)
        .startsWith(
            "Type of request=Access to my personal data",
            "Name=Zoë Ångström-Łukasiewicz",
            "TikTok username=@zoe",
            "E-mail address for the reply=verzoeken@inzage.example",
            "Country or region=Netherlands");
    assertThat(Files.readString(folder.resolve("request.txt"), StandardCharsets.UTF_8))
        .contains("@zoe");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void outbox_writesOneEml_andNeverASecond_andIsNoProofOfSubmission() throws Exception {
    Path outbox = dir.resolve("outbox");
    Path request = dir.resolve("request.json");

    CommandRun first =
        send(PARTICIPANT, "zoom", "--outbox", outbox.toString(), "--request", request.toString());
    CommandRun second =
        send(PARTICIPANT, "zoom", "--outbox", outbox.toString(), "--request", request.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(first.json().get("route").asText()).isEqualTo("outbox");
    Path eml = outbox.resolve("p-000123-zoom.eml");
    assertThat(first.json().get("file").asText()).isEqualTo(eml.toString());
    assertThat(sha256(Files.readAllBytes(eml))).isEqualTo(first.json().get("sha256").asText());
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(1);
    }
    assertThat(first.json().get("recorded").asBoolean()).isFalse();
    assertThat(request).doesNotExist();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aSendLeftUnfinishedByAKilledProcess_isFlagged_andNotSentAgain() throws Exception {
    // what a process killed after handing the message to the server leaves: an intent, no receipt
    CommandRun first = send(PARTICIPANT, "palantir", smtp());
    assertThat(first.exit()).as(first.err()).isZero();
    Path entry = dir.resolve("ledger").resolve("p-000123-palantir.json");
    JsonNode recorded = new ObjectMapper().readTree(entry.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) recorded).remove("receipt");
    Files.writeString(entry, recorded.toString());

    CommandRun again = send(PARTICIPANT, "palantir", smtp());

    assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).contains("p-000123-palantir", "outcome is unknown");
    assertThat(greenMail.getReceivedMessages()).hasSize(1);

    // the operator checked the server's log: it did not arrive; then, and only then, it is resent
    CommandRun resent = send(PARTICIPANT, "palantir", smtp("--resend-unconfirmed"));
    assertThat(resent.exit()).as(resent.err()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
    // a confirmed submission is never sent again, even when asked
    CommandRun confirmed = send(PARTICIPANT, "palantir", smtp("--resend-unconfirmed"));
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
  }

  @Test
  void anOutboxWriteLeftUnfinishedByAKilledProcess_writesNothingTwice() throws Exception {
    Path outbox = dir.resolve("outbox");
    CommandRun first = send(PARTICIPANT, "zoom", "--outbox", outbox.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path eml = outbox.resolve("p-000123-zoom.eml");
    byte[] written = Files.readAllBytes(eml);
    Path entry = outbox.resolve(".ledger").resolve("p-000123-zoom.json");
    JsonNode recorded = new ObjectMapper().readTree(entry.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) recorded).remove("receipt");
    Files.writeString(entry, recorded.toString());

    CommandRun again = send(PARTICIPANT, "zoom", "--outbox", outbox.toString());

    assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(again.err()).contains("p-000123-zoom", "outcome is unknown");
    assertThat(Files.readAllBytes(eml)).isEqualTo(written);
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(1);
    }
  }

  @Test
  void zoom_byPost_oneBundle_withACopyForTheRepresentative() throws Exception {
    Path bundle = dir.resolve("post/zoom.pdf");

    CommandRun run = send(PARTICIPANT, "zoom", "--post", bundle.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("route").asText()).isEqualTo("post");
    assertThat(json.get("envelopes").asInt()).isEqualTo(2);
    assertThat(json.get("pdfa").asText()).isEqualTo("PDF/A-2b");
    // by post the day of receipt is not known, so the letter states no due date
    assertThat(json.get("due").isNull()).isTrue();
    byte[] pdf = Files.readAllBytes(bundle);
    assertThat(sha256(pdf)).isEqualTo(json.get("sha256").asText());
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(json.get("pages").asInt());
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("Zoom Communications, Inc.")
        .contains("Lionheart Squared (Europe) Ltd")
        .contains("p-000123-zoom");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void post_withAMandateFileThatMayNotBePdfA_isRefused_andWritesNothing() throws Exception {
    Path mandate =
        Files.write(dir.resolve("m.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Path file = Files.writeString(dir.resolve("p.json"), PARTICIPANT);
    Path bundle = dir.resolve("zoom.pdf");

    CommandRun run =
        CommandRun.of(
            CLOCK,
            "send",
            "--controller",
            "zoom",
            "--participant",
            file.toString(),
            "--organisation",
            ORGANISATION.toString(),
            "--mandate",
            mandate.toString(),
            "--post",
            bundle.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--post INVALID_VALUE");
    assertThat(bundle).doesNotExist();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
