package eu.inzage.adapters.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import jakarta.mail.Flags;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply intake against an in-process GreenMail IMAP server. */
class ReplyIntakeTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  static final String PASSWORD = "s3cret-Intake-pw";
  static final Instant NOW = Instant.parse("2026-11-03T09:15:00Z");
  static final Set<String> KNOWN =
      Set.of("INZ-2026-0001-TIKTOK", "INZ-2026-0002-GOOGLE", "INZ-2026-0003-META");
  static final Map<String, String> SENT =
      Map.of(
          "<req.0001.1@inzage.example>", "INZ-2026-0001-TIKTOK",
          "<req.0002.1@inzage.example>", "INZ-2026-0002-GOOGLE",
          "<req.0003.1@inzage.example>", "INZ-2026-0003-META");

  static final RequestLookup LOOKUP =
      new RequestLookup() {
        @Override
        public Optional<String> referenceForMessageId(String messageId) {
          return Optional.ofNullable(SENT.get(messageId));
        }

        @Override
        public Optional<String> knownReference(String candidate) {
          return KNOWN.stream().filter(candidate::equalsIgnoreCase).findFirst();
        }
      };

  @TempDir Path temp;
  GreenMailUser user;
  ProcessedMessages processed;

  @BeforeEach
  void setUp() {
    user = GREEN_MAIL.setUser("intake@inzage.example", "intake", PASSWORD);
    processed = ProcessedMessages.inMemory();
  }

  ReplyIntake.Builder intake() {
    return ReplyIntake.builder()
        .host("127.0.0.1")
        .port(GREEN_MAIL.getImap().getPort())
        .security(MailboxSecurity.PLAIN)
        .user("intake")
        .password(PASSWORD.toCharArray())
        .lookup(LOOKUP)
        .sink(new FileAttachmentSink(temp.resolve("attachments")))
        .processed(processed)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .receivedFrom(ReceivedSource.CLOCK);
  }

  IntakeReport run() {
    return intake().build().run();
  }

  // --- the matching rules ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "To, requests+INZ-2026-0001-TIKTOK@inzage.example, INZ-2026-0001-TIKTOK",
    "Cc, Requests <requests+INZ-2026-0002-GOOGLE@inzage.example>, INZ-2026-0002-GOOGLE",
    "Delivered-To, requests+INZ-2026-0003-META@inzage.example, INZ-2026-0003-META",
    "To, REQUESTS+inz-2026-0001-tiktok@Inzage.Example, INZ-2026-0001-TIKTOK",
  })
  void replyAddress_decides(String header, String address, String reference) {
    RawMail.reply("<a1@controller.example>")
        .header(header, address)
        .subject("Your request")
        .deliverTo(user);

    IntakeReport report = run();

    assertThat(report.keptAside()).isEmpty();
    assertThat(report.matched())
        .extracting(IntakeRecord::reference, IntakeRecord::rule, IntakeRecord::messageId)
        .containsExactly(tuple(reference, MatchRule.REPLY_ADDRESS, "<a1@controller.example>"));
    IntakeRecord only = report.matched().get(0);
    assertThat(only.received()).isEqualTo(NOW);
    assertThat(only.receivedSource()).isEqualTo(ReceivedSource.CLOCK);
    assertThat(only.bounce()).isFalse();
    assertThat(only.autoReply()).isFalse();
    assertThat(only.messageKey()).matches("[0-9a-f]{32}");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "In-Reply-To, <req.0002.1@inzage.example>, INZ-2026-0002-GOOGLE",
    "References, <unknown.1@elsewhere.example> <req.0003.1@inzage.example>, INZ-2026-0003-META",
  })
  void sentMessageId_decides(String header, String ids, String reference) {
    RawMail.reply("<a2@controller.example>")
        .to("privacy-desk@inzage.example")
        .header(header, ids)
        .subject("Re: your letter")
        .deliverTo(user);

    IntakeReport report = run();

    assertOnlyMatch(report, reference, MatchRule.MESSAGE_ID);
  }

  @Test
  void referenceInSubject_decides_caseIgnored() {
    RawMail.reply("<a3@controller.example>")
        .to("privacy-desk@inzage.example")
        .subject("Re: access request inz-2026-0003-meta (ticket 88)")
        .deliverTo(user);

    assertOnlyMatch(run(), "INZ-2026-0003-META", MatchRule.REFERENCE_IN_SUBJECT);
  }

  @Test
  void referenceInPlainTextBody_decides() {
    RawMail.reply("<a4@controller.example>")
        .to("privacy-desk@inzage.example")
        .subject("Your data")
        .body("Hello,\r\n\r\nregarding your reference INZ-2026-0001-TIKTOK we attach ...\r\n")
        .deliverTo(user);

    assertOnlyMatch(run(), "INZ-2026-0001-TIKTOK", MatchRule.REFERENCE_IN_BODY);
  }

  @Test
  void rulesAreTriedInOrder_theAddressWinsOverSubjectAndThread() {
    RawMail.reply("<a5@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .header("In-Reply-To", "<req.0002.1@inzage.example>")
        .subject("About INZ-2026-0003-META")
        .deliverTo(user);

    assertOnlyMatch(run(), "INZ-2026-0001-TIKTOK", MatchRule.REPLY_ADDRESS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown reference in the address | To | requests+INZ-2026-0999-NOBODY@inzage.example",
        "malformed reference in the address | To | requests+../../etc@inzage.example",
        "unknown reference in the subject | Subject | About INZ-2026-0999-NOBODY",
        "a reference glued to other text | Subject | XINZ-2026-0001-TIKTOK",
        "an unknown Message-ID | In-Reply-To | <someone.else@inzage.example>",
      })
  void noKnownRequest_keptAsideUnmatched(String description, String header, String value) {
    RawMail.reply("<u1@controller.example>")
        .to("privacy-desk@inzage.example")
        .header(header, value)
        .deliverTo(user);

    IntakeReport report = run();

    assertThat(report.matched()).isEmpty();
    assertThat(report.keptAside())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.messageId()).isEqualTo("<u1@controller.example>");
              assertThat(k.reason()).isEqualTo(KeepAsideReason.UNMATCHED);
              assertThat(k.messageKey()).matches("[0-9a-f]{32}");
            });
  }

  @Test
  void referencesOfAnotherShape_readWithTheCampaignsPattern() {
    RequestLookup lowerCaseIds =
        new RequestLookup() {
          @Override
          public Optional<String> referenceForMessageId(String messageId) {
            return Optional.empty();
          }

          @Override
          public Optional<String> knownReference(String candidate) {
            return Set.of("req-0042", "req-0043").contains(candidate)
                ? Optional.of(candidate)
                : Optional.empty();
          }
        };
    RawMail.reply("<o1@controller.example>").to("requests+req-0042@inzage.example").deliverTo(user);
    RawMail.reply("<o2@controller.example>")
        .to("privacy-desk@inzage.example")
        .subject("Your request req-0043.")
        .deliverTo(user);
    RawMail.reply("<o3@controller.example>")
        .to("privacy-desk@inzage.example")
        .subject("Your request req-0044")
        .deliverTo(user);

    IntakeReport report =
        intake()
            .lookup(lowerCaseIds)
            .referencePattern(java.util.regex.Pattern.compile("req-[0-9]{4}"))
            .build()
            .run();

    assertThat(report.matched())
        .extracting(IntakeRecord::reference, IntakeRecord::rule)
        .containsExactly(
            tuple("req-0042", MatchRule.REPLY_ADDRESS),
            tuple("req-0043", MatchRule.REFERENCE_IN_SUBJECT));
    assertThat(report.keptAside())
        .extracting(KeptAside::messageId, KeptAside::reason)
        .containsExactly(tuple("<o3@controller.example>", KeepAsideReason.UNMATCHED));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "two addresses | To | requests+INZ-2026-0001-TIKTOK@inzage.example,"
            + " requests+INZ-2026-0002-GOOGLE@inzage.example",
        "two sent ids | References | <req.0001.1@inzage.example> <req.0002.1@inzage.example>",
        "two references in the subject | Subject | INZ-2026-0001-TIKTOK and INZ-2026-0003-META",
      })
  void twoRequests_keptAsideAmbiguous_neverGuessed(
      String description, String header, String value) {
    RawMail.reply("<amb@controller.example>").header(header, value).deliverTo(user);

    IntakeReport report = run();

    assertThat(report.matched()).isEmpty();
    assertThat(report.keptAside())
        .extracting(KeptAside::reason)
        .containsExactly(KeepAsideReason.AMBIGUOUS);
  }

  // --- flags -----------------------------------------------------------------------------------

  @Test
  void deliveryStatusNotification_isBounce_matchedByTheReturnedMessageId() {
    RawMail.reply("<dsn.1@mx.controller.example>")
        .header("From", "Mail Delivery System <MAILER-DAEMON@mx.controller.example>")
        .to("bounces@inzage.example")
        .subject("Undelivered Mail Returned to Sender")
        .multipart("multipart/report; report-type=delivery-status")
        .textPart("This is the mail system. Your message could not be delivered.")
        .rawPart(
            "Content-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.controller.example\r\n\r\n"
                + "Final-Recipient: rfc822; dpo@controller.example\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\n")
        .rawPart(
            "Content-Type: text/rfc822-headers\r\n\r\n"
                + "From: requests+INZ-2026-0002-GOOGLE@inzage.example\r\n"
                + "Message-ID: <req.0002.1@inzage.example>\r\n"
                + "Subject: Access request\r\n")
        .deliverTo(user);

    IntakeRecord bounce = run().matched().get(0);

    assertThat(bounce.bounce()).isTrue();
    assertThat(bounce.autoReply()).isFalse();
    assertThat(bounce.reference()).isEqualTo("INZ-2026-0002-GOOGLE");
    assertThat(bounce.rule()).isEqualTo(MatchRule.MESSAGE_ID);
    assertThat(bounce.attachments())
        .extracting(IntakeAttachment::mediaType)
        .containsExactly("message/delivery-status", "text/rfc822-headers");
  }

  @Test
  void aReportOfAnotherType_isNoBounce() {
    RawMail.reply("<mdn.1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .multipart("multipart/report; report-type=disposition-notification")
        .textPart("Your message was displayed.")
        .deliverTo(user);

    assertThat(run().matched().get(0).bounce()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    "Auto-Submitted, auto-replied, true",
    "Auto-Submitted, Auto-Generated; owner-email=x@y.example, true",
    "Auto-Submitted, no, false",
    "Auto-Submitted, No (a person wrote this), false",
    "X-Autoreply, yes, true",
    "Precedence, auto_reply, true",
    "Precedence, bulk, true",
    "Precedence, list, false",
    "X-Mailer, Outlook, false",
  })
  void autoReplyFlag(String header, String value, boolean autoReply) {
    RawMail.reply("<auto@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .header(header, value)
        .subject("Out of office")
        .deliverTo(user);

    assertThat(run().matched().get(0).autoReply()).isEqualTo(autoReply);
  }

  // --- attachments -----------------------------------------------------------------------------

  @Test
  void attachments_streamedToTheSinkByteExact() throws Exception {
    byte[] large = new byte[3 * 1024 * 1024 + 17];
    new Random(42).nextBytes(large);
    byte[] small = "name;email\nA;a@example.org\n".getBytes(StandardCharsets.UTF_8);
    RawMail.reply("<att@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .subject("Your data")
        .textPart("Please find your data attached.")
        .attachment("application/zip", "filename=\"export.zip\"", large)
        .attachment(
            "text/csv; charset=utf-8", "filename*=UTF-8''D%C3%A9tails%20du%20compte.csv", small)
        .deliverTo(user);

    IntakeRecord reply = run().matched().get(0);

    assertThat(reply.attachments())
        .extracting(
            IntakeAttachment::index,
            IntakeAttachment::fileName,
            IntakeAttachment::mediaType,
            IntakeAttachment::size,
            IntakeAttachment::sha256)
        .containsExactly(
            tuple(1, "export.zip", "application/zip", (long) large.length, sha256(large)),
            tuple(2, "Détails du compte.csv", "text/csv", (long) small.length, sha256(small)));
    Path folder =
        temp.resolve("attachments").resolve("INZ-2026-0001-TIKTOK").resolve(reply.messageKey());
    assertThat(reply.attachments().get(0).location())
        .isEqualTo(folder.resolve("01-export.zip").toAbsolutePath().toString());
    assertThat(sha256(Files.readAllBytes(folder.resolve("01-export.zip"))))
        .isEqualTo(sha256(large));
    assertThat(Files.readAllBytes(folder.resolve("02-Détails du compte.csv"))).isEqualTo(small);
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("01-export.zip", "02-Détails du compte.csv");
    }
  }

  @Test
  void oddAttachmentNames_areSanitisedBeforeUse() {
    RawMail.reply("<odd@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("Attached.")
        .attachment("application/pdf", "filename=\"reports/2026:data?.pdf\"", new byte[] {1})
        .attachment("application/pdf", "filename=\"CON.pdf\"", new byte[] {2})
        .attachment("application/pdf", "filename=\"...hidden\"", new byte[] {3})
        .rawPart("Content-Type: image/png\r\n\r\nnot really a png\r\n")
        .deliverTo(user);

    assertThat(run().matched().get(0).attachments())
        .extracting(IntakeAttachment::fileName)
        .containsExactly("2026_data_.pdf", "_CON.pdf", "hidden", "attachment-4");
  }

  // --- hostile messages ------------------------------------------------------------------------

  @Test
  void hostileMessages_keptAsideWithReason_laterMessagesStillProcessed() {
    RawMail.reply("<h1@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("see attachment")
        .attachment("application/pdf", "filename=\"../../../../etc/cron.d/x\"", new byte[] {1})
        .deliverTo(user);
    RawMail.reply("<h2@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("see attachment")
        .attachment("application/pdf", "filename=\"/etc/passwd\"", new byte[] {1})
        .deliverTo(user);
    RawMail.reply("<h3@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("see attachment")
        .attachment(
            "application/pdf",
            "filename=\"=?UTF-8?Q?=2E=2E=5Cwindows=5Cwin=2Eini?=\"",
            new byte[] {1})
        .deliverTo(user);
    RawMail.reply("<h4@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .subject("=?UTF-8?Q?Hello=0D=0ABcc:_victim@example.org?=")
        .deliverTo(user);
    RawMail.reply("<h5@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .subject("INZ-2026-0001-TIKTOK " + "A".repeat(100_000))
        .deliverTo(user);
    RawMail.reply("<h6@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .header("Content-Type", "multipart/mixed")
        .body("--nothing\r\nno boundary was declared\r\n")
        .deliverTo(user);
    RawMail.reply("<h7@evil.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .header("X-Padding", "x".repeat(70_000))
        .deliverTo(user);
    RawMail.reply("<good@controller.example>")
        .to("requests+INZ-2026-0002-GOOGLE@inzage.example")
        .subject("Your data")
        .deliverTo(user);

    IntakeReport report = run();

    assertThat(report.keptAside())
        .extracting(KeptAside::messageId, KeptAside::reason)
        .containsExactly(
            tuple("<h1@evil.example>", KeepAsideReason.UNSAFE_ATTACHMENT_NAME),
            tuple("<h2@evil.example>", KeepAsideReason.UNSAFE_ATTACHMENT_NAME),
            tuple("<h3@evil.example>", KeepAsideReason.UNSAFE_ATTACHMENT_NAME),
            tuple("<h4@evil.example>", KeepAsideReason.MALFORMED_HEADER),
            tuple("<h5@evil.example>", KeepAsideReason.HEADER_TOO_LONG),
            tuple("<h6@evil.example>", KeepAsideReason.MALFORMED_MIME),
            tuple("<h7@evil.example>", KeepAsideReason.HEADER_TOO_LONG));
    assertThat(report.keptAside())
        .allSatisfy(
            k -> {
              assertThat(k.detail()).doesNotContain("evil", "victim", "passwd", "AAAA");
              assertThat(k.toString()).doesNotContain("evil");
            });
    assertThat(report.matched())
        .extracting(IntakeRecord::reference)
        .containsExactly("INZ-2026-0002-GOOGLE");
    assertThat(temp.resolve("attachments").resolve("INZ-2026-0001-TIKTOK")).doesNotExist();
  }

  @Test
  void anAttachmentThatCannotBeDecoded_keptAside_whatWasStoredIsDiscarded() {
    RawMail.reply("<trunc@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("two attachments")
        .attachment("application/pdf", "filename=\"first.pdf\"", new byte[] {1, 2, 3})
        .rawPart(
            "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=second.pdf"
                + "\r\nContent-Transfer-Encoding: base64\r\n\r\nQUJ\r\n")
        .deliverTo(user);
    RawMail.reply("<after@controller.example>")
        .to("requests+INZ-2026-0002-GOOGLE@inzage.example")
        .deliverTo(user);

    IntakeReport report = run();

    assertThat(report.keptAside())
        .extracting(KeptAside::messageId, KeptAside::reason)
        .containsExactly(tuple("<trunc@controller.example>", KeepAsideReason.MALFORMED_MIME));
    assertThat(temp.resolve("attachments").resolve("INZ-2026-0001-TIKTOK")).isEmptyDirectory();
    assertThat(report.matched())
        .extracting(IntakeRecord::messageId)
        .containsExactly("<after@controller.example>");
  }

  @Test
  void aFailingSink_endsTheRunWithAStorageError_andTheMessageStaysUnprocessed() {
    RawMail.reply("<sink@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("attached")
        .attachment("application/pdf", "filename=\"a.pdf\"", new byte[] {1})
        .deliverTo(user);
    AttachmentSink full =
        new AttachmentSink() {
          @Override
          public String store(AttachmentTarget target, java.io.InputStream content)
              throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void discard(String reference, String messageKey) {
            // nothing stored
          }
        };
    List<IntakeRecord> handed = new ArrayList<>();

    assertThatThrownBy(() -> intake().sink(full).build().run(handler(handed::add)))
        .isInstanceOf(eu.inzage.core.StorageException.class)
        .hasMessageStartingWith("the attachment sink failed for message ");
    assertThat(handed).isEmpty();
    assertThat(run().matched()).hasSize(1);
  }

  @Test
  void manyMessages_readInBatches_eachOnce() {
    for (int i = 1; i <= 60; i++) {
      RawMail.reply("<bulk." + i + "@controller.example>")
          .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
          .subject("Reply " + i)
          .deliverTo(user);
    }

    IntakeReport report = run();

    assertThat(report.matched()).hasSize(60);
    assertThat(report.matched().get(0).messageId()).isEqualTo("<bulk.1@controller.example>");
    assertThat(report.matched().get(59).messageId()).isEqualTo("<bulk.60@controller.example>");
    assertThat(report.matched().stream().map(IntakeRecord::messageKey).distinct()).hasSize(60);
  }

  @Test
  void malformedMessageId_keptAside_withoutTheId() {
    RawMail.reply("<bad id with spaces@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);

    assertThat(run().keptAside())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.messageId()).isNull();
              assertThat(k.reason()).isEqualTo(KeepAsideReason.MALFORMED_HEADER);
            });
  }

  // --- idempotency and the mailbox -------------------------------------------------------------

  @Test
  void rerun_processesNothingTwice_withTheFileBasedSet_andWithoutMessageId() {
    Path file = temp.resolve("state").resolve("processed.txt");
    processed = ProcessedMessages.file(file);
    RawMail.reply("<r1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    RawMail.reply(null).to("requests+INZ-2026-0002-GOOGLE@inzage.example").deliverTo(user);
    RawMail.reply("<r3@controller.example>").to("someone@inzage.example").deliverTo(user);

    IntakeReport first = run();
    processed = ProcessedMessages.file(file);
    IntakeReport second = run();

    assertThat(first.matched())
        .extracting(IntakeRecord::reference, IntakeRecord::messageId)
        .containsExactly(
            tuple("INZ-2026-0001-TIKTOK", "<r1@controller.example>"),
            tuple("INZ-2026-0002-GOOGLE", null));
    assertThat(first.alreadyProcessed()).isZero();
    assertThat(second.matched()).isEmpty();
    assertThat(second.alreadyProcessed()).isEqualTo(2);
    assertThat(second.keptAside())
        .extracting(KeptAside::messageId)
        .containsExactly("<r3@controller.example>");
    assertThat(first.keptAside()).isEqualTo(second.keptAside());
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void aHandlerThatFails_leavesTheMessageUnprocessed() {
    RawMail.reply("<f1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    ReplyIntake intake = intake().build();

    assertThatThrownBy(
            () ->
                intake.run(
                    handler(
                        r -> {
                          throw new IllegalStateException("the campaign store is down");
                        })))
        .isInstanceOf(IllegalStateException.class);

    assertThat(intake.run().matched()).hasSize(1);
  }

  @Test
  void byDefault_theMailboxIsLeftUnchanged() throws Exception {
    RawMail.reply("<m1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);

    run();

    MimeMessage[] messages = GREEN_MAIL.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].isSet(Flags.Flag.SEEN)).isFalse();
  }

  @Test
  void markSeen_flagsOnlyProcessedMessages() throws Exception {
    RawMail.reply("<s1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    RawMail.reply("<s2@controller.example>").to("someone@inzage.example").deliverTo(user);

    intake().afterProcessing(AfterProcessing.MARK_SEEN).build().run();

    Map<String, Boolean> seen = new java.util.HashMap<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      seen.put(message.getMessageID(), message.isSet(Flags.Flag.SEEN));
    }
    assertThat(seen)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("<s1@controller.example>", true, "<s2@controller.example>", false));
  }

  @Test
  void moveTo_movesOnlyProcessedMessages() throws Exception {
    RawMail.reply("<v1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    RawMail.reply("<v2@controller.example>").to("someone@inzage.example").deliverTo(user);
    RawMail.reply("<v3@controller.example>")
        .to("requests+INZ-2026-0002-GOOGLE@inzage.example")
        .deliverTo(user);

    IntakeReport report = intake().moveTo("Processed").build().run();

    assertThat(report.matched()).hasSize(2);
    var inbox = GREEN_MAIL.getManagers().getImapHostManager().getInbox(user);
    var moved = GREEN_MAIL.getManagers().getImapHostManager().getFolder(user, "Processed");
    assertThat(messageIds(inbox)).containsExactly("<v2@controller.example>");
    assertThat(messageIds(moved))
        .containsExactlyInAnyOrder("<v1@controller.example>", "<v3@controller.example>");
  }

  @Test
  void delete_removesOnlyProcessedMessages_keptAsideStay() throws Exception {
    RawMail.reply("<x1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    RawMail.reply("<x2@controller.example>").to("someone@inzage.example").deliverTo(user);
    RawMail.reply("<x3@controller.example>")
        .to("requests+INZ-2026-0002-GOOGLE@inzage.example")
        .deliverTo(user);

    IntakeReport report = intake().afterProcessing(AfterProcessing.DELETE).build().run();

    assertThat(report.matched())
        .extracting(IntakeRecord::messageId)
        .containsExactly("<x1@controller.example>", "<x3@controller.example>");
    assertThat(report.keptAside())
        .extracting(KeptAside::messageId)
        .containsExactly("<x2@controller.example>");
    assertThat(report.deleted()).isEqualTo(2);
    var inbox = GREEN_MAIL.getManagers().getImapHostManager().getInbox(user);
    assertThat(messageIds(inbox)).containsExactly("<x2@controller.example>");
    assertThat(GREEN_MAIL.getReceivedMessages()[0].isSet(Flags.Flag.DELETED)).isFalse();
  }

  @Test
  void delete_neverWhenTheHandlerFails() throws Exception {
    RawMail.reply("<y1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    ReplyIntake intake = intake().afterProcessing(AfterProcessing.DELETE).build();

    assertThatThrownBy(
            () ->
                intake.run(
                    handler(
                        r -> {
                          throw new IllegalStateException("the campaign store is down");
                        })))
        .isInstanceOf(IllegalStateException.class);

    MimeMessage[] messages = GREEN_MAIL.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].isSet(Flags.Flag.DELETED)).isFalse();
    assertThat(processed.contains(intake.run().matched().get(0).messageKey())).isTrue();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void delete_neverWhenTheSinkFails() {
    RawMail.reply("<y2@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("attached")
        .attachment("application/pdf", "filename=\"a.pdf\"", new byte[] {1})
        .deliverTo(user);
    AttachmentSink full =
        new AttachmentSink() {
          @Override
          public String store(AttachmentTarget target, java.io.InputStream content)
              throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void discard(String reference, String messageKey) {
            // nothing stored
          }
        };

    assertThatThrownBy(
            () -> intake().sink(full).afterProcessing(AfterProcessing.DELETE).build().run())
        .isInstanceOf(eu.inzage.core.StorageException.class);

    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void delete_finishesWhatAnInterruptedRunLeft_aProcessedMessageStillInTheMailbox() {
    RawMail.reply("<z1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);
    RawMail.reply("<z2@controller.example>").to("someone@inzage.example").deliverTo(user);
    // a run that recorded the message as processed but did not get to delete it
    assertThat(run().matched()).hasSize(1);
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);

    IntakeReport report = intake().afterProcessing(AfterProcessing.DELETE).build().run();

    assertThat(report.matched()).isEmpty();
    assertThat(report.alreadyProcessed()).isEqualTo(1);
    assertThat(report.deleted()).isEqualTo(1);
    assertThat(GREEN_MAIL.getReceivedMessages())
        .extracting(m -> messageId(m))
        .containsExactly("<z2@controller.example>");
  }

  @Test
  void delete_leavesAMessageSomeoneElseFlaggedDeleted_whenTheServerHasUidPlus() throws Exception {
    var inbox = GREEN_MAIL.getManagers().getImapHostManager().getInbox(user);
    inbox.appendMessage(
        GreenMailUtil.newMimeMessage(
            RawMail.reply("<w1@controller.example>").to("someone@inzage.example").text()),
        new Flags(Flags.Flag.DELETED),
        java.util.Date.from(NOW));
    RawMail.reply("<w2@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);

    IntakeReport report = intake().afterProcessing(AfterProcessing.DELETE).build().run();

    assertThat(report.deleted()).isEqualTo(1);
    assertThat(messageIds(inbox)).containsExactly("<w1@controller.example>");
  }

  @Test
  void receivedFromMailbox_isTheServersArrivalTime() throws Exception {
    Instant arrival = Instant.parse("2026-11-02T10:00:07Z");
    var inbox = GREEN_MAIL.getManagers().getImapHostManager().getInbox(user);
    inbox.appendMessage(
        GreenMailUtil.newMimeMessage(
            RawMail.reply("<t1@controller.example>")
                .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
                .text()),
        new Flags(),
        java.util.Date.from(arrival));

    IntakeRecord reply =
        intake().receivedFrom(ReceivedSource.MAILBOX).build().run().matched().get(0);

    assertThat(reply.received()).isEqualTo(arrival);
    assertThat(reply.receivedSource()).isEqualTo(ReceivedSource.MAILBOX);
  }

  // --- errors ----------------------------------------------------------------------------------

  @Test
  void wrongPassword_typedError_namingNoSecret() {
    ReplyIntake intake = intake().password("wrong-Pa55word".toCharArray()).build();

    assertThatThrownBy(intake::run)
        .isInstanceOf(MailboxLoginException.class)
        .isInstanceOf(eu.inzage.core.StorageException.class)
        .hasMessage("the IMAP server refused the login")
        .hasNoCause();
  }

  @Test
  void emptyMailbox_emptyReport() {
    IntakeReport report = run();

    assertThat(report.matched()).isEmpty();
    assertThat(report.keptAside()).isEmpty();
    assertThat(report.alreadyProcessed()).isZero();
  }

  @Test
  void missingFolder_storageError() {
    ReplyIntake intake = intake().folder("No such folder").build();

    assertThatThrownBy(intake::run)
        .isInstanceOf(eu.inzage.core.StorageException.class)
        .hasMessage("the mailbox folder to read does not exist");
  }

  @Test
  void unreachableServer_storageError() throws IOException {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ReplyIntake intake = intake().port(closedPort).build();

    assertThatThrownBy(intake::run)
        .isInstanceOf(eu.inzage.core.StorageException.class)
        .isNotInstanceOf(MailboxLoginException.class)
        .hasMessageNotContaining("intake")
        .hasMessageNotContaining(PASSWORD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "host, REQUIRED",
    "user, REQUIRED",
    "password, REQUIRED",
    "lookup, REQUIRED",
    "sink, REQUIRED",
    "processed, REQUIRED",
    "clock, REQUIRED",
    "port, INVALID_VALUE",
    "folder, INVALID_VALUE",
    "moveTo, INVALID_VALUE",
    "replyLocalPart, INVALID_VALUE",
    "replyDomain, INVALID_VALUE",
    "timeout, INVALID_VALUE",
    "referencePattern, INVALID_VALUE",
  })
  void badConfiguration_invalidInput_namingTheField(String field, ViolationCode code) {
    ReplyIntake.Builder builder = intake();
    switch (field) {
      case "host" -> builder.host(null);
      case "user" -> builder.user(null);
      case "password" -> builder.password(null);
      case "lookup" -> builder.lookup(null);
      case "sink" -> builder.sink(null);
      case "processed" -> builder.processed(null);
      case "clock" -> builder.clock(null);
      case "port" -> builder.port(70_000);
      case "folder" -> builder.folder("IN\r\nBOX");
      case "moveTo" -> builder.moveTo("");
      case "replyLocalPart" -> builder.replyLocalPart("requests+x");
      case "replyDomain" -> builder.replyDomain("not a domain");
      case "timeout" -> builder.timeout(java.time.Duration.ZERO);
      case "referencePattern" -> builder.referencePattern(java.util.regex.Pattern.compile("x*"));
      default -> throw new IllegalArgumentException(field);
    }

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo(field);
              assertThat(e.violations().get(0).code()).isEqualTo(code);
            });
  }

  @Test
  void replyDomain_restrictsTheAddressRule() {
    RawMail.reply("<d1@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@elsewhere.example")
        .deliverTo(user);
    RawMail.reply("<d2@controller.example>")
        .to("requests+INZ-2026-0002-GOOGLE@inzage.example")
        .deliverTo(user);

    IntakeReport report = intake().replyDomain("inzage.example").build().run();

    assertThat(report.matched())
        .extracting(IntakeRecord::messageId)
        .containsExactly("<d2@controller.example>");
    assertThat(report.keptAside())
        .extracting(KeptAside::messageId)
        .containsExactly("<d1@controller.example>");
  }

  @Test
  void toStrings_carryNoPersonalData() {
    RawMail.reply("<p1@person.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .textPart("x")
        .attachment("application/pdf", "filename=\"Jan Jansen passport.pdf\"", new byte[] {1})
        .deliverTo(user);
    RawMail.reply("<p2@person.example>").to("jan.jansen@person.example").deliverTo(user);

    IntakeReport report = run();

    String text = report.matched().toString() + report.keptAside() + report;
    assertThat(text).doesNotContain("person.example", "Jansen", "passport");
    assertThat(text).contains("INZ-2026-0001-TIKTOK", "UNMATCHED");
  }

  // --- helpers ---------------------------------------------------------------------------------

  static void assertOnlyMatch(IntakeReport report, String reference, MatchRule rule) {
    assertThat(report.keptAside()).isEmpty();
    assertThat(report.matched())
        .extracting(IntakeRecord::reference, IntakeRecord::rule)
        .containsExactly(tuple(reference, rule));
  }

  static IntakeHandler handler(Consumer<IntakeRecord> matched) {
    return new IntakeHandler() {
      @Override
      public void matched(IntakeRecord intakeRecord) {
        matched.accept(intakeRecord);
      }

      @Override
      public void keptAside(KeptAside keptAside) {
        // not needed
      }
    };
  }

  static List<String> messageIds(com.icegreen.greenmail.store.MailFolder folder) throws Exception {
    List<String> ids = new ArrayList<>();
    for (var stored : folder.getMessages()) {
      ids.add(stored.getMimeMessage().getMessageID());
    }
    return ids;
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
