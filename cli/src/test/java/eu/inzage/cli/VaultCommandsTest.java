package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inzage keys new} and {@code inzage vault seal|open|list}, end to end in process. */
class VaultCommandsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-05T10:15:30.123456Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  record Run(int exit, JsonNode json, String err) {}

  @BeforeEach
  void lowerArgon2AndFakeEnvironment() {
    System.setProperty(VaultFiles.ARGON2_PROPERTY, "256,1,1");
  }

  @AfterEach
  void restore() {
    System.clearProperty(VaultFiles.ARGON2_PROPERTY);
  }

  private Run run(String... args) throws IOException {
    CommandRun run = CommandRun.of(CLOCK, env, args);
    return new Run(run.exit(), run.out().isBlank() ? null : run.json(), run.err());
  }

  private Path input() throws IOException {
    byte[] bytes = new byte[1_500_000];
    new Random(3).nextBytes(bytes);
    return Files.write(dir.resolve("export.zip"), bytes);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private Run seal(String keys, String object) throws IOException {
    return run(
        "vault",
        "seal",
        "--store",
        p("vault"),
        "--recipient",
        p(keys + "/public.json"),
        "--subject",
        "p-000123",
        "--object",
        object,
        "--in",
        input().toString());
  }

  private Run open(String keys, String object, String out, String... extra) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "vault",
                "open",
                "--store",
                p("vault"),
                "--key",
                p(keys + "/private.json"),
                "--subject",
                "p-000123",
                "--object",
                object,
                "--out",
                p(out)));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void keysNew_withoutPassphrase_writesBothFilesAndNoRecoveryKey() throws IOException {
    Run r = run("keys", "new", "--out", p("keys"));
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("fingerprint").asText()).matches("sha256:[0-9a-f]{64}");
    assertThat(r.json().get("protected").asBoolean()).isFalse();
    assertThat(r.json().has("recoveryKey")).isFalse();
    assertThat(Files.readString(dir.resolve("keys/private.json")))
        .contains("\"protection\" : \"none\"");
    assertThat(Files.readString(dir.resolve("keys/public.json")))
        .contains(r.json().get("fingerprint").asText());
  }

  @Test
  void keysNew_withPassphrase_printsTheRecoveryKeyOnlyInTheOutput() throws IOException {
    env.put("PASS", "correct horse");
    Run r = run("keys", "new", "--out", p("keys"), "--passphrase-env", "PASS");
    assertThat(r.exit()).isZero();
    String recovery = r.json().get("recoveryKey").asText();
    assertThat(recovery).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){12}");
    assertThat(r.json().get("argon2").get("memoryKiB").asInt()).isEqualTo(256);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).doesNotContain(recovery).doesNotContain("correct horse");
      }
    }
  }

  @Test
  void keysNew_files_areOwnerOnly() throws IOException {
    env.put("PASS", "correct horse");
    assertThat(run("keys", "new", "--out", p("keys"), "--passphrase-env", "PASS").exit()).isZero();
    for (String name : List.of("keys/private.json", "keys/public.json")) {
      Path file = dir.resolve(name);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)))
            .as(name)
            .isEqualTo("rw-------");
      }
    }
  }

  @Test
  void seal_signingKeyOfTheVault_isOwnerOnlyAndReusable() throws IOException {
    run("keys", "new", "--out", p("keys"));
    assertThat(seal("keys", "o1").exit()).isZero();
    String fingerprint = seal("keys", "o2").json().get("organisationFingerprint").asText();
    assertThat(
            run("vault", "list", "--store", p("vault"), "--subject", "p-000123")
                .json()
                .get("count")
                .asInt())
        .isEqualTo(2);
    Path signing = dir.resolve("vault").resolve(VaultFiles.SIGNING_KEY);
    if (signing.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(signing)))
          .isEqualTo("rw-------");
    }
    assertThat(Files.readString(dir.resolve("vault").resolve(VaultFiles.PUBLIC_KEY)))
        .contains(fingerprint);
  }

  @Test
  void keysNew_existingKeys_refusesAndKeepsThem() throws IOException {
    run("keys", "new", "--out", p("keys"));
    String before = Files.readString(dir.resolve("keys/private.json"));
    Run r = run("keys", "new", "--out", p("keys"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out").doesNotContain("\n\n");
    assertThat(Files.readString(dir.resolve("keys/private.json"))).isEqualTo(before);
  }

  @Test
  void keysNew_unsetPassphraseVariable_isBadInput() throws IOException {
    Run r = run("keys", "new", "--out", p("keys"), "--passphrase-env", "NOT_SET");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--passphrase-env");
    assertThat(Files.exists(dir.resolve("keys/private.json"))).isFalse();
  }

  @Test
  void sealListOpen_roundTrip_returnsTheSameBytes() throws IOException {
    run("keys", "new", "--out", p("keys"));
    Run sealed = seal("keys", "tiktok-2026");
    assertThat(sealed.exit()).as(sealed.err()).isZero();
    assertThat(sealed.json().get("plaintextSize").asLong()).isEqualTo(1_500_000);
    assertThat(sealed.json().get("contentType").asText()).isEqualTo("application/zip");
    assertThat(sealed.json().get("createdAt").asText()).isEqualTo("2026-03-05T10:15:30.123Z");

    Run list = run("vault", "list", "--store", p("vault"), "--subject", "p-000123");
    assertThat(list.exit()).isZero();
    assertThat(list.json().get("objects")).hasSize(1);
    assertThat(list.json().get("objects").get(0).get("object").asText()).isEqualTo("tiktok-2026");

    Run opened =
        open(
            "keys",
            "tiktok-2026",
            "out.zip",
            "--organisation-key",
            p("vault/organisation-public-key.json"));
    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(opened.json().get("organisationKeyPinned").asBoolean()).isTrue();
    assertThat(Files.readAllBytes(dir.resolve("out.zip"))).isEqualTo(Files.readAllBytes(input()));
  }

  @Test
  void open_tamperedBlob_exitsOneWithOneLineAndNoFile() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "tiktok-2026");
    Path data;
    try (Stream<Path> files = Files.walk(dir.resolve("vault"))) {
      data = files.filter(f -> f.toString().endsWith(".data")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(data);
    bytes[bytes.length / 2] ^= 1;
    Files.write(data, bytes);
    Run r = open("keys", "tiktok-2026", "out.zip");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.json()).isNull();
    assertThat(r.err().strip()).doesNotContain("\n").contains("tiktok-2026");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("keys", "vault", "export.zip");
    }
  }

  @Test
  void open_protectedKey_withPassphraseOrRecoveryKey() throws IOException {
    env.put("PASS", "correct horse");
    Run keys = run("keys", "new", "--out", p("keys"), "--passphrase-env", "PASS");
    seal("keys", "o1");
    assertThat(open("keys", "o1", "a.zip", "--passphrase-env", "PASS").exit()).isZero();
    env.put("RECOVERY", keys.json().get("recoveryKey").asText());
    assertThat(open("keys", "o1", "b.zip", "--passphrase-env", "RECOVERY").exit()).isZero();
    Run missing = open("keys", "o1", "c.zip");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--passphrase-env");
    env.put("WRONG", "not it");
    Run wrong = open("keys", "o1", "d.zip", "--passphrase-env", "WRONG");
    assertThat(wrong.exit()).isEqualTo(2); // a wrong passphrase is bad input, not tampering
    assertThat(wrong.err()).contains("passphrase").doesNotContain("not it");
    assertThat(Files.exists(dir.resolve("d.zip"))).isFalse();
  }

  @Test
  void open_otherPinnedOrganisationKey_exitsOne() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "o1");
    Path other = dir.resolve("other-vault");
    run(
        "vault",
        "seal",
        "--store",
        other.toString(),
        "--recipient",
        p("keys/public.json"),
        "--subject",
        "p-9",
        "--object",
        "x",
        "--in",
        input().toString());
    Run r =
        open(
            "keys",
            "o1",
            "out.zip",
            "--organisation-key",
            other.resolve("organisation-public-key.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("signature");
    assertThat(Files.exists(dir.resolve("out.zip"))).isFalse();
  }

  @Test
  void open_wrongParticipantKey_isBadInput() throws IOException {
    run("keys", "new", "--out", p("keys"));
    run("keys", "new", "--out", p("other"));
    seal("keys", "o1");
    Run r = open("other", "o1", "out.zip");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("inzage: open: vault object o1: no key slot entry for this private key");
    assertThat(Files.exists(dir.resolve("out.zip"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape", "a/b", ".hidden", "x y"})
  void seal_malformedId_isBadInputAndWritesNothing(String id) throws IOException {
    run("keys", "new", "--out", p("keys"));
    Run r =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            id,
            "--object",
            "o",
            "--in",
            input().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--subject").contains("INVALID_ID");
    assertThat(Files.exists(dir.resolve("vault"))).isFalse();
  }

  @Test
  void seal_sameObjectTwice_isBadInput() throws IOException {
    run("keys", "new", "--out", p("keys"));
    assertThat(seal("keys", "o1").exit()).isZero();
    Run again = seal("keys", "o1");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err().strip()).isEqualTo("inzage: seal: sealed object o1 already exists");
  }

  @Test
  void seal_missingRecipientFile_isBadInput() throws IOException {
    Run r =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--recipient",
            p("nope.json"),
            "--subject",
            "p-1",
            "--object",
            "o",
            "--in",
            input().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--recipient");
  }

  @Test
  void list_missingStore_isBadInput() throws IOException {
    Run r = run("vault", "list", "--store", p("none"), "--subject", "p-1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--store");
  }

  @Test
  void open_missingObject_isBadInput() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "o1");
    Run r = open("keys", "o2", "out.zip");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("inzage: open: sealed object o2 not found");
  }

  @Test
  void open_outInMissingDirectory_isBadInput() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "o1");
    Run r = open("keys", "o1", "missing/out.zip");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void list_emptyVaultDirectory_isAnEmptyList() throws IOException {
    Files.createDirectories(dir.resolve("vault"));
    Run r = run("vault", "list", "--store", p("vault"), "--subject", "p-1");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("count").asInt()).isZero();
    assertThat(r.json().get("objects")).isEmpty();
  }

  @Test
  void shred_subject_destroysKeySlotsBlobsAndManifestsAndSaysSo() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "tiktok-2026");
    seal("keys", "zoom-2026");
    Run r = run("vault", "shred", "--store", p("vault"), "--subject", "p-000123");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("count").asInt()).isEqualTo(2);
    assertThat(r.json().get("objects").toString()).isEqualTo("[\"tiktok-2026\",\"zoom-2026\"]");
    JsonNode destroyed = r.json().get("destroyed");
    assertThat(destroyed.get("keySlots").asInt()).isEqualTo(2);
    assertThat(destroyed.get("dataBlobs").asInt()).isEqualTo(2);
    assertThat(destroyed.get("manifests").asInt()).isEqualTo(2);
    assertThat(destroyed.get("shredKey").asBoolean()).isFalse();
    try (Stream<Path> files = Files.walk(dir.resolve("vault"))) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("2026"));
    }
    Run list = run("vault", "list", "--store", p("vault"), "--subject", "p-000123");
    assertThat(list.json().get("count").asInt()).isZero();
    assertThat(open("keys", "tiktok-2026", "out.zip").exit()).isEqualTo(2);
    Run again = run("vault", "shred", "--store", p("vault"), "--subject", "p-000123");
    assertThat(again.exit()).isZero();
    assertThat(again.json().get("count").asInt()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../p-000123", "", "p/1"})
  void shred_malformedSubject_isBadInputAndDestroysNothing(String subject) throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "tiktok-2026");
    Run r = run("vault", "shred", "--store", p("vault"), "--subject", subject);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).contains("--subject").doesNotContain("\n");
    assertThat(
            run("vault", "list", "--store", p("vault"), "--subject", "p-000123")
                .json()
                .get("count")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void shred_missingStore_isBadInput() throws IOException {
    Run r = run("vault", "shred", "--store", p("none"), "--subject", "p-1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--store");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
