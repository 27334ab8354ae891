package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.AccessItem;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SealingAssessorTest {
  private static final String SUBJECT = "p-17";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  private final ParticipantPrivateKey participant = ParticipantPrivateKey.generate();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final ReplyAssessor assessor =
      ReplyAssessor.builder()
          .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
          .build();
  private Vault vault;
  private SealingAssessor sealing;

  @BeforeEach
  void setUp() {
    vault =
        Vault.builder()
            .store(BlobStores.fileSystem(temp.resolve("vault")))
            .clock(CLOCK)
            .signingKey(OrganisationSigningKey.generate())
            .build();
    sealing =
        SealingAssessor.builder()
            .assessor(assessor)
            .vault(vault)
            .threads(
                task -> {
                  Thread thread = new Thread(task, "test-reader");
                  threads.add(thread);
                  return thread;
                })
            .build();
  }

  private SealMetadata metadata(String controller, String type) {
    return new SealMetadata(participant.publicKey(), type, controller);
  }

  private byte[] opened(String objectId) throws IOException {
    try (InputStream in = vault.open(SUBJECT, objectId, participant)) {
      return in.readAllBytes();
    }
  }

  @Test
  void anExport_isAssessedAndSealedByteForByte_inOnePass() throws IOException {
    byte[] json = TikTokExportGenerator.bytes(Generation.CURRENT, 3_000_000, 11);
    Assessment alone =
        assessor.assess("tiktok", "user_data_tiktok.json", new ByteArrayInputStream(json));

    SealedAssessment result =
        sealing.assess(
            "user_data_tiktok.json",
            new ByteArrayInputStream(json),
            SUBJECT,
            "tiktok-reply",
            metadata("tiktok", "application/json"));

    assertThat(result.assessment()).isEqualTo(alone);
    assertThat(result.assessment().status(AccessItem.COPY)).isEqualTo(ItemStatus.ANSWERED);
    SealedObject sealed = result.sealed();
    assertThat(sealed.plaintextSize()).isEqualTo(json.length);
    assertThat(sealed.controller()).isEqualTo("tiktok");
    assertThat(sealed.contentType()).isEqualTo("application/json");
    assertThat(opened("tiktok-reply")).isEqualTo(json);
    assertThat(threads).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void anArchive_andALetter_areSealedAsReceived() throws IOException {
    byte[] json = TikTokExportGenerator.bytes(Generation.LEGACY, 200_000, 3);
    byte[] zip = new TestZip().file("TikTok/user_data.json", json).bytes();
    byte[] letter =
        "Dear Sir or Madam,\nWe hold no personal data about you.\n"
            .getBytes(StandardCharsets.UTF_8);

    SealedAssessment archive =
        sealing.assess(
            "export.zip",
            new ByteArrayInputStream(zip),
            SUBJECT,
            "archive",
            metadata("tiktok", "application/zip"));
    SealedAssessment answer =
        sealing.assess(
            "answer.txt",
            new ByteArrayInputStream(letter),
            SUBJECT,
            "letter",
            metadata("palantir", "text/plain"));

    assertThat(archive.assessment())
        .isEqualTo(assessor.assess("tiktok", "export.zip", new ByteArrayInputStream(zip)));
    assertThat(opened("archive")).isEqualTo(zip);
    assertThat(answer.assessment().status(AccessItem.CONFIRMATION)).isEqualTo(ItemStatus.ANSWERED);
    assertThat(answer.assessment().status(AccessItem.COPY)).isEqualTo(ItemStatus.NOT_APPLICABLE);
    assertThat(opened("letter")).isEqualTo(letter);
  }

  static Stream<byte[]> hostile() {
    byte[] good = new TestZip().file("a.txt", "alpha").file("b.txt", "beta").bytes();
    return Stream.of(
        TestZip.bomb("user_data_tiktok.json", 64).bytes(),
        new TestZip().file("../../etc/user_data.json", "{}").bytes(),
        // cut in the central directory: refused only at the very end of the stream
        Arrays.copyOf(good, good.length - 1),
        new TestZip().file("user_data_tiktok.json", "{\"Your Activity\": [").bytes());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("hostile")
  void aRefusedReply_isNotSealed_andTheRefusalIsTheReaders(byte[] zip) throws IOException {
    assertThatThrownBy(
            () ->
                sealing.assess(
                    "reply.zip",
                    new ByteArrayInputStream(zip),
                    SUBJECT,
                    "refused",
                    metadata("tiktok", "application/zip")))
        .isInstanceOf(RejectedReplyException.class)
        .satisfies(
            e ->
                assertThat(((RejectedReplyException) e).reason())
                    .isIn(
                        Reason.EXPANSION_RATIO,
                        Reason.PATH_TRAVERSAL,
                        Reason.TRUNCATED,
                        Reason.MALFORMED_JSON));

    assertThat(vault.list(SUBJECT)).isEmpty();
    try (Stream<Path> files = Files.walk(temp.resolve("vault"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("refused"));
    }
    assertThat(threads).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void aSealThatFails_throwsTheVaultsError_andTheReaderHasEnded() throws IOException {
    byte[] json = TikTokExportGenerator.bytes(Generation.CURRENT, 2_000_000, 5);
    sealing.assess(
        "user_data_tiktok.json",
        new ByteArrayInputStream(json),
        SUBJECT,
        "twice",
        metadata("tiktok", "application/json"));

    assertThatThrownBy(
            () ->
                sealing.assess(
                    "user_data_tiktok.json",
                    new ByteArrayInputStream(new byte[json.length]),
                    SUBJECT,
                    "twice",
                    metadata("tiktok", "application/json")))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(opened("twice")).isEqualTo(json);
    assertThat(threads).hasSize(2).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void aSourceThatFails_failsThePass_andSealsNothing() {
    InputStream failing =
        new InputStream() {
          private int served;

          @Override
          public int read() throws IOException {
            if (served++ > 100_000) {
              throw new IOException("disk gone");
            }
            return ' ';
          }
        };

    assertThatThrownBy(
            () ->
                sealing.assess(
                    "user_data_tiktok.json",
                    failing,
                    SUBJECT,
                    "broken",
                    metadata("tiktok", "application/json")))
        .hasMessageContaining("disk gone");
    assertThat(vault.list(SUBJECT)).isEmpty();
    assertThat(threads).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void metadataWithoutAController_isRefusedBeforeAnythingIsRead() {
    assertThatThrownBy(
            () ->
                sealing.assess(
                    "x.json",
                    new ByteArrayInputStream(new byte[] {'{', '}'}),
                    SUBJECT,
                    "x",
                    SealMetadata.of(participant.publicKey())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("metadata.controller"));
    assertThat(threads).isEmpty();
  }
}
