package eu.inzage.adapters.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.inzage.core.StorageException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault sink with a real vault on a temporary file-system store and real keys, fed by the
 * intake from an in-process GreenMail IMAP server.
 */
class VaultAttachmentSinkTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  static final String PASSWORD = "s3cret-Vault-pw";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-03T09:15:00Z"), ZoneOffset.UTC);
  static final String REFERENCE = "INZ-2026-0001-TIKTOK";
  static final String SUBJECT = "p-000123";

  /** Text that appears in the plaintext only, to search the disk for. */
  static final String MARKER = "PLAINTEXT-MARKER-Jan-Jansen-1970";

  @TempDir Path temp;
  GreenMailUser user;
  ParticipantPrivateKey participant;
  Vault vault;
  VaultAttachmentSink sink;
  ProcessedMessages processed;

  @BeforeEach
  void setUp() {
    user = GREEN_MAIL.setUser("intake@inzage.example", "intake", PASSWORD);
    participant = ParticipantPrivateKey.generate();
    vault =
        Vault.builder()
            .store(BlobStores.fileSystem(temp.resolve("vault")))
            .clock(CLOCK)
            .signingKey(OrganisationSigningKey.generate())
            .build();
    Map<String, VaultAttachmentSink.Recipient> recipients =
        Map.of(
            REFERENCE,
            new VaultAttachmentSink.Recipient(SUBJECT, participant.publicKey(), "tiktok"));
    sink = new VaultAttachmentSink(vault, recipients::get);
    processed = ProcessedMessages.inMemory();
  }

  ReplyIntake.Builder intake() {
    return ReplyIntake.builder()
        .host("127.0.0.1")
        .port(GREEN_MAIL.getImap().getPort())
        .security(MailboxSecurity.PLAIN)
        .user("intake")
        .password(PASSWORD.toCharArray())
        .lookup(messageId -> java.util.Optional.empty())
        .sink(sink)
        .processed(processed)
        .clock(CLOCK)
        .receivedFrom(ReceivedSource.CLOCK);
  }

  static byte[] pdf() {
    byte[] noise = new byte[300 * 1024 + 123];
    new Random(7).nextBytes(noise);
    byte[] head = ("%PDF-1.7\n% " + MARKER + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + noise.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(noise, 0, all, head.length, noise.length);
    return all;
  }

  @Test
  void attachments_sealedToTheParticipant_whoOpensTheExactBytes_theOrganisationCannot()
      throws Exception {
    byte[] pdf = pdf();
    byte[] csv = ("name;email\n" + MARKER + ";jan@example.org\n").getBytes(StandardCharsets.UTF_8);
    RawMail.reply("<v1@controller.example>")
        .to("requests+" + REFERENCE + "@inzage.example")
        .textPart("Your data is attached.")
        .attachment("application/pdf", "filename=\"Jan Jansen.pdf\"", pdf)
        .attachment("text/csv; charset=utf-8", "filename=\"export.csv\"", csv)
        .deliverTo(user);

    IntakeRecord reply = intake().build().run().matched().get(0);

    assertThat(reply.attachments())
        .extracting(IntakeAttachment::location, IntakeAttachment::size, IntakeAttachment::sha256)
        .containsExactly(
            tuple(
                VaultAttachmentSink.objectId(REFERENCE, reply.messageKey(), 1),
                (long) pdf.length,
                sha256(pdf)),
            tuple(
                VaultAttachmentSink.objectId(REFERENCE, reply.messageKey(), 2),
                (long) csv.length,
                sha256(csv)));
    for (IntakeAttachment attachment : reply.attachments()) {
      try (InputStream in = vault.open(SUBJECT, attachment.location(), participant)) {
        assertThat(sha256(in.readAllBytes())).isEqualTo(attachment.sha256());
      }
      ParticipantPrivateKey someoneElse = ParticipantPrivateKey.generate();
      assertThatThrownBy(() -> vault.open(SUBJECT, attachment.location(), someoneElse))
          .isInstanceOf(WrongKeyException.class);
    }
    assertThat(vault.list(SUBJECT))
        .extracting(
            SealedObject::contentType, SealedObject::controller, SealedObject::plaintextSize)
        .containsExactlyInAnyOrder(
            tuple("application/pdf", "tiktok", (long) pdf.length),
            tuple("text/csv", "tiktok", (long) csv.length));
    assertNoPlaintextOnDisk();
  }

  @Test
  void objectIds_deterministic_withinTheVaultsIdGrammar_distinctPerReferenceKeyAndIndex() {
    String key = "0123456789abcdef0123456789abcdef";
    String id = VaultAttachmentSink.objectId(REFERENCE, key, 1);

    assertThat(id)
        .matches("reply-[0-9a-f]{32}-1")
        .isEqualTo(VaultAttachmentSink.objectId(REFERENCE, key, 1));
    assertThat(eu.inzage.core.validation.Identifiers.isValid(id)).isTrue();
    String longest = VaultAttachmentSink.objectId("r".repeat(64), key, 1000);
    assertThat(longest).hasSize(43);
    assertThat(eu.inzage.core.validation.Identifiers.isValid(longest)).isTrue();
    assertThat(
            List.of(
                id,
                VaultAttachmentSink.objectId(REFERENCE, key, 2),
                VaultAttachmentSink.objectId("INZ-2026-0002-GOOGLE", key, 1),
                VaultAttachmentSink.objectId(REFERENCE, "f" + key.substring(1), 1)))
        .doesNotHaveDuplicates();
  }

  @Test
  void rerunAfterAnInterruptedAttempt_replacesTheLeftover_andTheParticipantGetsThisMessagesBytes()
      throws Exception {
    byte[] pdf = pdf();
    RawMail.reply("<v2@controller.example>")
        .to("requests+" + REFERENCE + "@inzage.example")
        .textPart("attached")
        .attachment("application/pdf", "filename=\"a.pdf\"", pdf)
        .deliverTo(user);
    // an earlier attempt sealed the attachment, then the run stopped before the message was
    // recorded (here: the handler failed)
    ReplyIntake intake = intake().build();
    assertThatThrownBy(
            () ->
                intake.run(
                    ReplyIntakeTest.handler(
                        r -> {
                          throw new IllegalStateException("stopped");
                        })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(vault.list(SUBJECT)).hasSize(1);

    IntakeRecord reply = intake.run().matched().get(0);

    assertThat(vault.list(SUBJECT)).hasSize(1);
    try (InputStream in = vault.open(SUBJECT, reply.attachments().get(0).location(), participant)) {
      assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(pdf));
    }
  }

  @Test
  void anObjectLeftUnderTheIdWithOtherBytes_isReplaced_notTakenAsDone() throws Exception {
    String key = "0123456789abcdef0123456789abcdef";
    AttachmentTarget target = new AttachmentTarget(REFERENCE, key, 1, "a.pdf", "application/pdf");
    sink.store(target, new ByteArrayInputStream("first attempt".getBytes(StandardCharsets.UTF_8)));

    String id =
        sink.store(
            target, new ByteArrayInputStream("the message".getBytes(StandardCharsets.UTF_8)));

    try (InputStream in = vault.open(SUBJECT, id, participant)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("the message");
    }
    assertThat(vault.list(SUBJECT)).hasSize(1);
  }

  @Test
  void aMessageKeptAsideAfterSomeAttachmentsWereSealed_hasThemErased() {
    RawMail.reply("<v3@controller.example>")
        .to("requests+" + REFERENCE + "@inzage.example")
        .textPart("two attachments")
        .attachment("application/pdf", "filename=\"first.pdf\"", new byte[] {1, 2, 3})
        .rawPart(
            "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=second.pdf"
                + "\r\nContent-Transfer-Encoding: base64\r\n\r\nQUJ\r\n")
        .deliverTo(user);

    IntakeReport report = intake().build().run();

    assertThat(report.keptAside())
        .extracting(KeptAside::reason)
        .containsExactly(KeepAsideReason.MALFORMED_MIME);
    assertThat(vault.list(SUBJECT)).isEmpty();
  }

  @Test
  void discard_erasesEverySealedAttachmentOfTheMessage_andNothingElse() throws Exception {
    String key = "0123456789abcdef0123456789abcdef";
    String other = "fedcba9876543210fedcba9876543210";
    for (int index = 1; index <= 3; index++) {
      sink.store(
          new AttachmentTarget(REFERENCE, key, index, "a.pdf", "application/pdf"),
          new ByteArrayInputStream(new byte[] {(byte) index}));
    }
    String kept =
        sink.store(
            new AttachmentTarget(REFERENCE, other, 1, "b.pdf", "application/pdf"),
            new ByteArrayInputStream(new byte[] {9}));

    sink.discard(REFERENCE, key);

    assertThat(vault.list(SUBJECT)).extracting(SealedObject::objectId).containsExactly(kept);
  }

  @Test
  void aReferenceWithoutParticipant_stopsTheRun_andTheMessageStaysUnprocessed() {
    RawMail.reply("<v4@controller.example>")
        .to("requests+INZ-2026-0009-OTHER@inzage.example")
        .textPart("attached")
        .attachment("application/pdf", "filename=\"a.pdf\"", new byte[] {1})
        .deliverTo(user);

    assertThatThrownBy(() -> intake().build().run())
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("the attachment sink failed for message ");
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void anOddMediaType_isSealedAsAnOctetStream() throws Exception {
    String id =
        sink.store(
            new AttachmentTarget(
                REFERENCE, "0123456789abcdef0123456789abcdef", 1, "x", "application/x\u00e9"),
            new ByteArrayInputStream(new byte[] {1}));

    assertThat(vault.describe(SUBJECT, id).contentType()).isEqualTo("application/octet-stream");
  }

  @Test
  void recipient_toStringNamesNoKey_andIdsAreChecked() {
    var recipient = new VaultAttachmentSink.Recipient(SUBJECT, participant.publicKey());

    assertThat(recipient.toString()).isEqualTo("Recipient[subject=p-000123, controller=]");
    assertThatThrownBy(() -> new VaultAttachmentSink.Recipient("../x", participant.publicKey()))
        .isInstanceOf(eu.inzage.core.InvalidInputException.class);
  }

  private void assertNoPlaintextOnDisk() throws Exception {
    byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content)
            .as(temp.relativize(file).toString())
            .doesNotContain(new String(marker, StandardCharsets.ISO_8859_1));
      }
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
