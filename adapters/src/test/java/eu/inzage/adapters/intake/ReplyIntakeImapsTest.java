package eu.inzage.adapters.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * IMAP over TLS against GreenMail with a test certificate for 127.0.0.1: trusted through the
 * configured trust store, refused without it.
 */
class ReplyIntakeImapsTest {
  static {
    // GreenMail's server key: a test certificate whose names include 127.0.0.1 (see
    // src/test/resources/intake/README.md); read when GreenMail first opens a TLS port
    System.setProperty(
        "greenmail.tls.keystore.file", resource("server.p12").toAbsolutePath().toString());
    System.setProperty("greenmail.tls.keystore.password", "changeit");
    System.setProperty("greenmail.tls.key.password", "changeit");
  }

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort());

  static final String PASSWORD = "tls-Intake-pw";

  @TempDir Path temp;
  GreenMailUser user;

  @BeforeEach
  void setUp() {
    user = GREEN_MAIL.setUser("intake@inzage.example", "intake", PASSWORD);
  }

  ReplyIntake.Builder intake() {
    return ReplyIntake.builder()
        .host("127.0.0.1")
        .port(GREEN_MAIL.getImaps().getPort())
        .security(MailboxSecurity.IMAPS)
        .user("intake")
        .password(PASSWORD.toCharArray())
        .lookup(messageId -> Optional.empty())
        .sink(new FileAttachmentSink(temp))
        .processed(ProcessedMessages.inMemory())
        .clock(Clock.fixed(Instant.parse("2026-11-03T09:15:00Z"), ZoneOffset.UTC));
  }

  @Test
  void imaps_withTheConfiguredTrustStore_readsTheMailbox() {
    RawMail.reply("<tls@controller.example>")
        .to("requests+INZ-2026-0001-TIKTOK@inzage.example")
        .deliverTo(user);

    IntakeReport report =
        intake().trustStore(resource("trust.p12"), "changeit".toCharArray()).build().run();

    assertThat(report.matched())
        .extracting(IntakeRecord::reference, IntakeRecord::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INZ-2026-0001-TIKTOK", MatchRule.REPLY_ADDRESS));
  }

  @Test
  void imaps_withoutTrust_refusesTheServer_storageError() {
    ReplyIntake intake = intake().build();

    assertThatThrownBy(intake::run)
        .isInstanceOf(StorageException.class)
        .isNotInstanceOf(MailboxLoginException.class)
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void unreadableTrustStore_invalidInput() throws Exception {
    Path notAStore = Files.writeString(temp.resolve("trust.p12"), "not a key store");

    assertThatThrownBy(() -> intake().trustStore(notAStore, "changeit".toCharArray()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("trustStore"));
  }

  static Path resource(String name) {
    try {
      return Path.of(ReplyIntakeImapsTest.class.getResource("/intake/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
