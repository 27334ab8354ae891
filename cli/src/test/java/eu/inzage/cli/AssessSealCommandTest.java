package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage assess --seal}: the reply read, assessed and sealed to the participant at once. */
class AssessSealCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String EXPORT =
      "{\"Your Activity\": {\"Watch History\": {\"VideoList\": ["
          + "{\"Date\": \"2024-11-30 21:14:03\", \"Link\": \"https://www.tiktokv.com/v/1/\"}]}}}";

  @TempDir Path dir;

  @BeforeEach
  void keys() {
    assertThat(CommandRun.of(CLOCK, "keys", "organisation", "--out", p("org")).exit()).isZero();
    assertThat(CommandRun.of(CLOCK, "keys", "new", "--out", p("keys")).exit()).isZero();
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private CommandRun assess(Path export, String... more) {
    return assessAs("tiktok", export, more);
  }

  private CommandRun assessAs(String controller, Path export, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "assess",
                "--controller",
                controller,
                "--export",
                export.toString(),
                "--seal",
                p("vault"),
                "--signing-key",
                p("org/" + VaultFiles.SIGNING_KEY),
                "--recipient",
                p("keys/public.json"),
                "--subject",
                "p-000123"));
    args.addAll(List.of(more));
    return CommandRun.of(CLOCK, args.toArray(String[]::new));
  }

  private CommandRun open(String object, String out) {
    return CommandRun.of(
        CLOCK,
        "vault",
        "open",
        "--store",
        p("vault"),
        "--key",
        p("keys/private.json"),
        "--organisation-key",
        p("org/" + VaultFiles.PUBLIC_KEY),
        "--subject",
        "p-000123",
        "--object",
        object,
        "--out",
        p(out));
  }

  private Path zip(String name, byte[] content) throws Exception {
    Path file = dir.resolve("tiktok.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void theReplyIsAssessed_andSealedAsReceived_toTheParticipant() throws Exception {
    Path export = zip("TikTok/user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));

    CommandRun run = assess(export);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(json.get("items").get("COPY").asText()).isEqualTo("ANSWERED");
    assertThat(json.get("categories").get(0).get("name").asText())
        .isEqualTo("Your Activity/Watch History");
    JsonNode sealed = json.get("sealed");
    assertThat(sealed.get("subject").asText()).isEqualTo("p-000123");
    assertThat(sealed.get("object").asText()).isEqualTo("tiktok-reply-20261202T120000000Z");
    assertThat(sealed.get("controller").asText()).isEqualTo("tiktok");
    assertThat(sealed.get("contentType").asText()).isEqualTo("application/zip");
    assertThat(sealed.get("plaintextSize").asLong()).isEqualTo(Files.size(export));
    assertThat(sealed.get("store").asText()).isEqualTo(p("vault"));

    CommandRun opened = open("tiktok-reply-20261202T120000000Z", "opened.zip");
    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("opened.zip"))).isEqualTo(Files.readAllBytes(export));
  }

  @Test
  void aRefusedReply_exits2_andNothingIsSealed() throws Exception {
    Path export = zip("../user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));

    CommandRun run = assess(export, "--object", "refused");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("inzage: assess: --export refused (path traversal)");
    try (Stream<Path> files = Files.walk(dir.resolve("vault"))) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.contains("refused"));
    }
  }

  @Test
  void sealingOptionsWithoutTheRecipient_areRefusedBeforeReading() throws Exception {
    Path export = zip("user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));

    CommandRun run =
        CommandRun.of(
            CLOCK,
            "assess",
            "--controller",
            "tiktok",
            "--export",
            export.toString(),
            "--seal",
            p("vault"),
            "--signing-key",
            p("org/" + VaultFiles.SIGNING_KEY),
            "--subject",
            "p-000123");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--recipient");
    assertThat(Files.exists(dir.resolve("vault"))).isFalse();
  }

  @Test
  void theSameObjectTwice_isRefused_andTheFirstStays() throws Exception {
    Path export = zip("user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(assess(export, "--object", "once").exit()).isZero();

    CommandRun again = assess(export, "--object", "once");

    assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("already exists");
    assertThat(open("once", "once.zip").exit()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("once.zip"))).isEqualTo(Files.readAllBytes(export));
  }

  @Test
  void aMalformedControllerId_exits2_namingTheOption_withoutRepeatingIt() throws Exception {
    Path export = zip("user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));

    CommandRun run =
        CommandRun.of(
            CLOCK, "assess", "--controller", "Tik\u202eTok", "--export", export.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--controller").doesNotContain("Tik");
  }

  @Test
  void aLongControllerSlug_stillGivesAValidDefaultObjectId() throws Exception {
    String slug = "a-controller-with-a-very-long-directory-slug-" + "x".repeat(15);
    Path export = zip("user_data_tiktok.json", EXPORT.getBytes(StandardCharsets.UTF_8));

    CommandRun run = assessAs(slug, export);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("sealed").get("object").asText())
        .isEqualTo(slug.substring(0, 38) + "-reply-20261202T120000000Z")
        .hasSizeLessThanOrEqualTo(64);
  }
}
