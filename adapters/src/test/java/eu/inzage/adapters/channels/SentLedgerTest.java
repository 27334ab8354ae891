package eu.inzage.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.IntegrityException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both ledgers obey the same contract. */
class SentLedgerTest {
  private static final Instant INTENT = Instant.parse("2026-03-02T09:15:00Z");
  private static final SubmissionReceipt RECEIPT =
      new SubmissionReceipt(
          "REQ-40",
          SubmissionReceipt.Route.SMTP,
          "<abc@org.example>",
          Instant.parse("2026-03-02T09:15:03Z"),
          "0".repeat(64),
          List.of("privacy@controller.example", "rep@representative.example"),
          List.of("access-request.pdf", "mandate.pdf"));

  @TempDir static Path root;

  static Stream<Arguments> ledgers() {
    Function<String, SentLedger> memory = name -> SentLedger.inMemory();
    Function<String, SentLedger> folder = name -> SentLedger.inFolder(root.resolve(name));
    return Stream.of(Arguments.of("memory", memory), Arguments.of("folder", folder));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ledgers")
  void intentThenReceipt_roundTrips(String kind, Function<String, SentLedger> make) {
    SentLedger ledger = make.apply(kind + "-roundtrip");

    ledger.recordIntent("REQ-40", "<abc@org.example>", INTENT);
    assertThat(ledger.find("REQ-40").orElseThrow())
        .isEqualTo(new SentLedger.Entry("REQ-40", "<abc@org.example>", INTENT, null));
    ledger.recordReceipt(RECEIPT);

    assertThat(ledger.find("REQ-40").orElseThrow())
        .isEqualTo(new SentLedger.Entry("REQ-40", "<abc@org.example>", INTENT, RECEIPT));
    assertThat(ledger.find("REQ-41")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ledgers")
  void secondIntent_isRefused(String kind, Function<String, SentLedger> make) {
    SentLedger ledger = make.apply(kind + "-twice");
    ledger.recordIntent("REQ-42", "<a@org.example>", INTENT);

    assertThatThrownBy(() -> ledger.recordIntent("REQ-42", "<a@org.example>", INTENT))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("ledger entry REQ-42 already exists");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ledgers")
  void clearIntent_removesAnIntentButNeverAReceipt(String kind, Function<String, SentLedger> make) {
    SentLedger ledger = make.apply(kind + "-clear");
    ledger.recordIntent("REQ-43", "<a@org.example>", INTENT);
    ledger.recordReceipt(RECEIPT);
    ledger.recordIntent("REQ-44", "<b@org.example>", INTENT);

    ledger.clearIntent("REQ-44");
    ledger.clearIntent("REQ-45");

    assertThat(ledger.find("REQ-44")).isEmpty();
    assertThatThrownBy(() -> ledger.clearIntent("REQ-40"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ledger.find("REQ-40").orElseThrow().sent()).contains(RECEIPT);
  }

  @Test
  void folderLedger_survivesANewInstance_andWritesOneFilePerReference() throws Exception {
    Path dir = root.resolve("restart");
    SentLedger.inFolder(dir).recordIntent("REQ-46", "<c@org.example>", INTENT);

    SentLedger again = SentLedger.inFolder(dir);

    assertThat(again.find("REQ-46").orElseThrow().messageId()).isEqualTo("<c@org.example>");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("REQ-46.json");
    }
  }

  @Test
  void folderLedger_aDamagedFile_isAnIntegrityErrorThatQuotesNothing() throws Exception {
    Path dir = root.resolve("damaged");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("REQ-47.json"),
        "{\"reference\": \"privacy@controller.example",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SentLedger.inFolder(dir).find("REQ-47"))
        .isInstanceOf(IntegrityException.class)
        .hasNoCause()
        .message()
        .doesNotContain("@");
  }

  @Test
  void retryPolicy_doublesUpToItsMaximum() {
    RetryPolicy policy =
        new RetryPolicy(6, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(3));

    assertThat(Stream.of(2, 3, 4, 5, 6).map(policy::delayBefore))
        .containsExactly(
            java.time.Duration.ofSeconds(30),
            java.time.Duration.ofMinutes(1),
            java.time.Duration.ofMinutes(2),
            java.time.Duration.ofMinutes(3),
            java.time.Duration.ofMinutes(3));
  }
}
