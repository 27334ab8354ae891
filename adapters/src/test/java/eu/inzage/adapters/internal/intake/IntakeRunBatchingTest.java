package eu.inzage.adapters.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.inzage.adapters.intake.AfterProcessing;
import eu.inzage.adapters.intake.FileAttachmentSink;
import eu.inzage.adapters.intake.IntakeHandler;
import eu.inzage.adapters.intake.IntakeRecord;
import eu.inzage.adapters.intake.IntakeReport;
import eu.inzage.adapters.intake.KeptAside;
import eu.inzage.adapters.intake.MailboxSecurity;
import eu.inzage.adapters.intake.ProcessedMessages;
import eu.inzage.adapters.intake.ReceivedSource;
import eu.inzage.adapters.intake.ReplyIntake;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Small batches and frequent reopening of the folder (which a real mailbox reaches only after
 * hundreds of messages) keep every message exactly once, also while processed ones are moved out or
 * deleted (expunged) between them.
 */
class IntakeRunBatchingTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(
      value = AfterProcessing.class,
      names = {"MOVE", "DELETE"})
  void smallBatches_reopenedFolder_movingOrDeletingMessages_eachMessageOnce(AfterProcessing after)
      throws Exception {
    GreenMailUser user = GREEN_MAIL.setUser("intake@inzage.example", "intake", "pw-batching");
    for (int i = 1; i <= 9; i++) {
      String to =
          i % 3 == 0
              ? "someone@inzage.example"
              : "requests+INZ-2026-000" + i + "-ACME@inzage.example";
      user.deliver(
          GreenMailUtil.newMimeMessage(
              "From: dpo@controller.example\r\nTo: "
                  + to
                  + "\r\nMessage-ID: <m"
                  + i
                  + "@controller.example>\r\nSubject: reply\r\n\r\nhello\r\n"));
    }
    IntakeConfig config =
        new IntakeConfig(
            "127.0.0.1",
            GREEN_MAIL.getImap().getPort(),
            MailboxSecurity.PLAIN,
            "intake",
            "pw-batching".toCharArray(),
            "INBOX",
            null,
            Duration.ofSeconds(30),
            messageId -> Optional.empty(),
            new FileAttachmentSink(temp),
            ProcessedMessages.inMemory(),
            Clock.fixed(Instant.parse("2026-11-03T09:00:00Z"), ZoneOffset.UTC),
            ReceivedSource.CLOCK,
            after,
            after == AfterProcessing.MOVE ? "Processed" : null,
            "requests",
            null,
            ReplyIntake.REFERENCE);
    List<String> matched = new ArrayList<>();
    List<String> aside = new ArrayList<>();
    IntakeHandler handler =
        new IntakeHandler() {
          @Override
          public void matched(IntakeRecord intakeRecord) {
            matched.add(intakeRecord.reference());
          }

          @Override
          public void keptAside(KeptAside keptAside) {
            aside.add(keptAside.messageId());
          }
        };

    IntakeReport report = new IntakeRun(config, handler, 2, 3).run();

    assertThat(matched)
        .containsExactly(
            "INZ-2026-0001-ACME",
            "INZ-2026-0002-ACME",
            "INZ-2026-0004-ACME",
            "INZ-2026-0005-ACME",
            "INZ-2026-0007-ACME",
            "INZ-2026-0008-ACME");
    assertThat(aside)
        .containsExactly(
            "<m3@controller.example>", "<m6@controller.example>", "<m9@controller.example>");
    assertThat(report.alreadyProcessed()).isZero();
    var manager = GREEN_MAIL.getManagers().getImapHostManager();
    assertThat(manager.getInbox(user).getMessageCount()).isEqualTo(3);
    if (after == AfterProcessing.MOVE) {
      assertThat(manager.getFolder(user, "Processed").getMessageCount()).isEqualTo(6);
      assertThat(report.deleted()).isZero();
    } else {
      assertThat(manager.getFolder(user, "Processed")).isNull();
      assertThat(report.deleted()).isEqualTo(6);
    }
  }
}
