package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inzage intake --imaps} against GreenMail over TLS, with the test certificate for 127.0.0.1
 * of the adapters module's tests ({@code adapters/src/test/resources/intake/README.md}): trusted
 * through {@code --trust-store}, refused without it.
 */
class IntakeImapsCommandTest {
  private static final Path CERTIFICATES = Path.of("../adapters/src/test/resources/intake");

  static {
    // read when GreenMail first opens a TLS port
    System.setProperty(
        "greenmail.tls.keystore.file",
        CERTIFICATES.resolve("server.p12").toAbsolutePath().toString());
    System.setProperty("greenmail.tls.keystore.password", "changeit");
    System.setProperty("greenmail.tls.key.password", "changeit");
  }

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort());

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-03T09:15:00Z"), ZoneOffset.UTC);
  private static final String PASSWORD = "tls-Mailbox-pw";

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private GreenMailUser user;

  @BeforeEach
  void setUp() throws IOException {
    System.setProperty(VaultFiles.ARGON2_PROPERTY, "256,1,1");
    user = GREEN_MAIL.setUser("requests@inzage.example", "requests", PASSWORD);
    env.put("IMAP_PASSWORD", PASSWORD);
    env.put("TRUST_PASSWORD", "changeit");
    assertThat(run("keys", "new", "--out", dir.resolve("keys").toString()).exit()).isZero();
    assertThat(run("keys", "organisation", "--out", dir.resolve("org").toString()).exit()).isZero();
    Files.writeString(
        dir.resolve("requests.jsonl"),
        "{\"reference\":\"p-000123-tiktok\",\"participant\":\"p-000123\","
            + "\"recipient\":\"keys/public.json\"}\n");
    user.deliver(
        GreenMailUtil.newMimeMessage(
            "From: privacy@controller.example\r\nTo: requests+p-000123-tiktok@inzage.example\r\n"
                + "Message-ID: <tls1@controller.example>\r\nSubject: Your data\r\n\r\nHello.\r\n"));
  }

  @AfterEach
  void restore() {
    System.clearProperty(VaultFiles.ARGON2_PROPERTY);
  }

  private CommandRun run(String... args) {
    return CommandRun.of(CLOCK, env, args);
  }

  private CommandRun intake(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "intake",
                "--imap",
                "127.0.0.1:" + GREEN_MAIL.getImaps().getPort(),
                "--imaps",
                "--user",
                "requests",
                "--password-env",
                "IMAP_PASSWORD",
                "--requests",
                dir.resolve("requests.jsonl").toString(),
                "--store",
                dir.resolve("vault").toString(),
                "--signing-key",
                dir.resolve("org").resolve(VaultFiles.SIGNING_KEY).toString(),
                "--processed",
                dir.resolve("processed.txt").toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void imaps_withTheTrustStore_matchesTheReply() throws IOException {
    CommandRun r =
        intake(
            "--trust-store",
            CERTIFICATES.resolve("trust.p12").toString(),
            "--trust-store-password-env",
            "TRUST_PASSWORD");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("matched").get(0).get("reference").asText())
        .isEqualTo("p-000123-tiktok");
  }

  @Test
  void imaps_withoutTrust_exitsOne_printingNoSecret() {
    CommandRun r = intake();

    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("inzage: intake: could not connect to the IMAP server");
    assertThat(r.err()).doesNotContain(PASSWORD);
  }

  @Test
  void aTrustStoreWithTheWrongPassword_exitsTwoNamingTheOption() {
    env.put("TRUST_PASSWORD", "not-the-password");

    CommandRun r =
        intake(
            "--trust-store",
            CERTIFICATES.resolve("trust.p12").toString(),
            "--trust-store-password-env",
            "TRUST_PASSWORD");

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--trust-store ").doesNotContain("not-the-password");
  }

  @Test
  void aTrustStoreWithoutItsPasswordVariable_exitsTwo() {
    CommandRun r = intake("--trust-store", CERTIFICATES.resolve("trust.p12").toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--trust-store-password-env");
  }
}
