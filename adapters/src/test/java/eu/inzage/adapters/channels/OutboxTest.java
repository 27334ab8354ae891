package eu.inzage.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.adapters.internal.channels.Hashes;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  @TempDir Path dir;

  private Outbox outbox(SentLedger ledger) {
    return Outbox.builder()
        .folder(dir.resolve("outbox"))
        .ledger(ledger)
        .clock(Samples.CLOCK)
        .build();
  }

  @Test
  void submit_writesOneEmlFileWithTheReceiptsHash() throws Exception {
    SubmissionReceipt receipt =
        outbox(SentLedger.inMemory()).submit(Samples.full("REQ-30").build());

    Path file = dir.resolve("outbox/REQ-30.eml");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(receipt.sha256()).isEqualTo(Hashes.sha256Hex(bytes));
    assertThat(receipt.route()).isEqualTo(SubmissionReceipt.Route.OUTBOX);
    assertThat(receipt.proof())
        .startsWith("outbox message-id=" + receipt.messageId() + "; sha256=");
    try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("REQ-30.eml");
    }
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(parsed.getMessageID()).isEqualTo(receipt.messageId());
      assertThat(((Multipart) parsed.getContent()).getCount()).isEqualTo(3);
    }
  }

  @Test
  void sameSubmissionAndInstant_giveTheSameBytes() throws Exception {
    Outbox first = outbox(SentLedger.inMemory());
    SubmissionReceipt a = first.submit(Samples.full("REQ-31").build());
    Path other = dir.resolve("other");
    SubmissionReceipt b =
        Outbox.builder()
            .folder(other)
            .ledger(SentLedger.inMemory())
            .clock(Samples.CLOCK)
            .build()
            .submit(Samples.full("REQ-31").build());

    assertThat(Files.readAllBytes(other.resolve("REQ-31.eml")))
        .isEqualTo(Files.readAllBytes(first.file("REQ-31")));
    assertThat(b.sha256()).isEqualTo(a.sha256());
  }

  @Test
  void resubmit_returnsTheRecordedReceiptAndWritesNothing() throws Exception {
    Outbox outbox = outbox(SentLedger.inMemory());
    SubmissionReceipt first = outbox.submit(Samples.full("REQ-32").build());
    Files.writeString(outbox.file("REQ-32"), "changed by an operator", StandardCharsets.US_ASCII);

    SubmissionReceipt second = outbox.submit(Samples.full("REQ-32").build());

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(outbox.file("REQ-32"))).isEqualTo("changed by an operator");
  }

  @Test
  void anExistingFile_isNeverOverwritten_andTheIntentIsCleared() throws Exception {
    Files.createDirectories(dir.resolve("outbox"));
    Files.writeString(dir.resolve("outbox/REQ-33.eml"), "earlier", StandardCharsets.US_ASCII);
    SentLedger ledger = SentLedger.inMemory();

    assertThatThrownBy(() -> outbox(ledger).submit(Samples.full("REQ-33").build()))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("outbox file REQ-33.eml already exists");

    assertThat(Files.readString(dir.resolve("outbox/REQ-33.eml"))).isEqualTo("earlier");
    assertThat(ledger.find("REQ-33")).isEmpty();
    try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("REQ-33.eml");
    }
  }

  @Test
  void outboxReceipt_isNoProofOfSubmission() {
    SubmissionReceipt receipt =
        outbox(SentLedger.inMemory()).submit(Samples.full("REQ-34").build());

    assertThatThrownBy(receipt::toSubmittedEvent).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builder_missingOrRepeatedSettings_areConfigurationErrors() {
    assertThatThrownBy(() -> Outbox.builder().folder(dir).clock(Samples.CLOCK).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("Outbox.ledger is required");
    assertThatThrownBy(() -> Outbox.builder().folder(dir).folder(dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("Outbox.folder is given twice");
  }
}
