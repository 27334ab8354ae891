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

  /** The organisation's signing key pair in {@code org/}, created on first use. */
  private Path organisationKeys() throws IOException {
    Path org = dir.resolve("org");
    if (!Files.exists(org.resolve(VaultFiles.SIGNING_KEY))) {
      Run r = run("keys", "organisation", "--out", org.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    return org;
  }

  private String signingKey() throws IOException {
    return organisationKeys().resolve(VaultFiles.SIGNING_KEY).toString();
  }

  private String organisationPublicKey() throws IOException {
    return organisationKeys().resolve(VaultFiles.PUBLIC_KEY).toString();
  }

  private Run seal(String keys, String object) throws IOException {
    return run(
        "vault",
        "seal",
        "--store",
        p("vault"),
        "--signing-key",
        signingKey(),
        "--recipient",
        p(keys + "/public.json"),
        "--subject",
        "p-000123",
        "--object",
        object,
        "--in",
        input().toString());
  }

  /** Opens with the organisation key pinned, unless {@code extra} pins otherwise. */
  private Run open(String keys, String object, String out, String... extra) throws IOException {
    List<String> pinned = List.of(extra);
    if (pinned.stream().noneMatch(a -> a.startsWith("--organisation-") || a.equals("--unpinned"))) {
      List<String> more = new java.util.ArrayList<>(pinned);
      more.add("--organisation-key");
      more.add(organisationPublicKey());
      return openAs(keys, object, out, more.toArray(String[]::new));
    }
    return openAs(keys, object, out, extra);
  }

  private Run openAs(String keys, String object, String out, String... extra) throws IOException {
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
  void seal_withTheOrganisationKey_neverPutsAPrivateKeyIntoTheStore() throws IOException {
    run("keys", "new", "--out", p("keys"));
    assertThat(seal("keys", "o1").exit()).isZero();
    String fingerprint = seal("keys", "o2").json().get("organisationFingerprint").asText();
    assertThat(
            run("vault", "list", "--store", p("vault"), "--subject", "p-000123")
                .json()
                .get("count")
                .asInt())
        .isEqualTo(2);
    assertThat(dir.resolve("vault").resolve(VaultFiles.SIGNING_KEY)).doesNotExist();
    try (Stream<Path> files = Files.walk(dir.resolve("vault"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(file.getFileName().toString())
            .doesNotContain("signing-key")
            .doesNotContain("private");
      }
    }
    assertThat(Files.readString(dir.resolve("vault").resolve(VaultFiles.PUBLIC_KEY)))
        .contains(fingerprint);
  }

  @Test
  void keysOrganisation_writesBothFilesOwnerOnlyWithTheFingerprint() throws IOException {
    env.put("ORG", "organisation passphrase");
    Run r = run("keys", "organisation", "--out", p("org"), "--passphrase-env", "ORG");
    assertThat(r.exit()).as(r.err()).isZero();
    String fingerprint = r.json().get("fingerprint").asText();
    assertThat(fingerprint).matches("sha256:[0-9a-f]{64}");
    assertThat(r.json().get("protected").asBoolean()).isTrue();
    assertThat(r.json().get("argon2").get("memoryKiB").asInt()).isEqualTo(256);
    assertThat(r.json().get("signingKey").asText()).isEqualTo(p("org/" + VaultFiles.SIGNING_KEY));
    assertThat(Files.readString(dir.resolve("org").resolve(VaultFiles.PUBLIC_KEY)))
        .contains(fingerprint);
    assertThat(Files.readString(dir.resolve("org").resolve(VaultFiles.SIGNING_KEY)))
        .contains("\"protection\" : \"argon2id\"")
        .doesNotContain("organisation passphrase");
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      for (String name : List.of(VaultFiles.SIGNING_KEY, VaultFiles.PUBLIC_KEY)) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("org").resolve(name))))
            .as(name)
            .isEqualTo("rw-------");
      }
    }
    Run again = run("keys", "organisation", "--out", p("org"));
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("--out");

    // the protected key seals with its passphrase, and only with it
    run("keys", "new", "--out", p("keys"));
    List<String> sealArgs =
        List.of(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--signing-key",
            p("org/" + VaultFiles.SIGNING_KEY),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            "p-000123",
            "--object",
            "o1",
            "--in",
            input().toString());
    Run withoutPassphrase = run(sealArgs.toArray(String[]::new));
    assertThat(withoutPassphrase.exit()).isEqualTo(2);
    assertThat(withoutPassphrase.err()).contains("--signing-passphrase-env");
    List<String> withPassphrase = new java.util.ArrayList<>(sealArgs);
    withPassphrase.addAll(List.of("--signing-passphrase-env", "ORG"));
    Run sealed = run(withPassphrase.toArray(String[]::new));
    assertThat(sealed.exit()).as(sealed.err()).isZero();
    assertThat(sealed.json().get("organisationFingerprint").asText()).isEqualTo(fingerprint);
    env.put("WRONG", "not the passphrase");
    withPassphrase.set(withPassphrase.size() - 1, "WRONG");
    withPassphrase.set(withPassphrase.indexOf("o1"), "o2");
    Run wrong = run(withPassphrase.toArray(String[]::new));
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("passphrase").doesNotContain("not the passphrase");
    Run opened =
        open(
            "keys",
            "o1",
            "out.zip",
            "--organisation-fingerprint",
            fingerprint.substring("sha256:".length()));
    assertThat(opened.exit()).as(opened.err()).isZero();
  }

  @Test
  void keysOrganisation_kmsKeyUri_sealsThroughTheKmsAndOpensPinned() throws IOException {
    Run kek = run("keys", "kek", "--out", p("kms/kek.json"));
    assertThat(kek.exit()).as(kek.err()).isZero();
    String uri = kek.json().get("kmsKeyUri").asText();
    assertThat(uri).isEqualTo("inzage-kek://" + dir.resolve("kms/kek.json").toAbsolutePath());
    assertThat(kek.json().get("keys").asInt()).isEqualTo(1);
    assertThat(run("keys", "kek", "--out", p("kms/kek.json")).exit()).isEqualTo(2);

    Run org = run("keys", "organisation", "--out", p("org"), "--kms-key-uri", uri);
    assertThat(org.exit()).as(org.err()).isZero();
    assertThat(org.json().get("protection").asText()).isEqualTo("kms");
    assertThat(org.json().get("protected").asBoolean()).isTrue();
    assertThat(org.json().get("kmsKeyUri").asText()).isEqualTo(uri);
    assertThat(Files.readString(dir.resolve("org").resolve(VaultFiles.SIGNING_KEY)))
        .contains("\"protection\" : \"kms\"");

    run("keys", "new", "--out", p("keys"));
    Run sealed = seal("keys", "o1");
    assertThat(sealed.exit()).as(sealed.err()).isZero();
    assertThat(sealed.json().get("organisationFingerprint").asText())
        .isEqualTo(org.json().get("fingerprint").asText());
    assertThat(open("keys", "o1", "out.zip").exit()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("out.zip"))).isEqualTo(Files.readAllBytes(input()));

    // without the KMS key (another KEK under the same name) nothing is sealed
    Files.delete(dir.resolve("kms/kek.json"));
    assertThat(run("keys", "kek", "--out", p("kms/kek.json")).exit()).isZero();
    Run refused = seal("keys", "o2");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("KMS key");
  }

  @Test
  void keysOrganisation_kmsKeyUriMisused_isBadInputAndWritesNothing() throws IOException {
    env.put("ORG", "organisation passphrase");
    Run both =
        run(
            "keys",
            "organisation",
            "--out",
            p("org"),
            "--passphrase-env",
            "ORG",
            "--kms-key-uri",
            "inzage-kek:///k.json");
    Run unsupported =
        run("keys", "organisation", "--out", p("org"), "--kms-key-uri", "gcp-kms://p/k");
    Run missing =
        run("keys", "organisation", "--out", p("org"), "--kms-key-uri", "inzage-kek:///none.json");

    for (Run r : List.of(both, unsupported, missing)) {
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("--kms-key-uri").doesNotContain("Exception");
    }
    assertThat(dir.resolve("org").resolve(VaultFiles.SIGNING_KEY)).doesNotExist();
    assertThat(dir.resolve("org").resolve(VaultFiles.PUBLIC_KEY)).doesNotExist();
  }

  @Test
  void seal_signingKeyInsideTheStore_isRefused() throws IOException {
    run("keys", "new", "--out", p("keys"));
    assertThat(run("keys", "organisation", "--out", p("vault/keys")).exit()).isZero();
    Run r =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--signing-key",
            p("vault/keys/" + VaultFiles.SIGNING_KEY),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            "p-000123",
            "--object",
            "o1",
            "--in",
            input().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--signing-key").contains("outside every store");
  }

  @Test
  void seal_controller_isRecordedInTheSignedManifest() throws IOException {
    run("keys", "new", "--out", p("keys"));
    Run r =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--signing-key",
            signingKey(),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            "p-000123",
            "--object",
            "o1",
            "--controller",
            "tiktok",
            "--in",
            input().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("controller").asText()).isEqualTo("tiktok");
    Run list = run("vault", "list", "--store", p("vault"), "--subject", "p-000123");
    assertThat(list.json().get("objects").get(0).get("controller").asText()).isEqualTo("tiktok");
    Run opened = open("keys", "o1", "out.zip");
    assertThat(opened.json().get("controller").asText()).isEqualTo("tiktok");
    Run bad =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--signing-key",
            signingKey(),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            "p-000123",
            "--object",
            "o2",
            "--controller",
            "../tiktok",
            "--in",
            input().toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--controller");
  }

  /** Replaces the store's public key with {@code attacker}'s and re-signs o1 with it. */
  private void swapKeyAndForge(Path attacker) throws IOException {
    Path storeKey = dir.resolve("vault").resolve(VaultFiles.PUBLIC_KEY);
    Files.delete(storeKey);
    Files.copy(attacker.resolve(VaultFiles.PUBLIC_KEY), storeKey);
    // the forger deletes the object and seals content of their own under the same id
    try (Stream<Path> files = Files.walk(dir.resolve("vault"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("o1.")).toList()) {
        Files.delete(f);
      }
    }
    Files.write(
        dir.resolve("forged.zip"), "forged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Run forged =
        run(
            "vault",
            "seal",
            "--store",
            p("vault"),
            "--signing-key",
            attacker.resolve(VaultFiles.SIGNING_KEY).toString(),
            "--recipient",
            p("keys/public.json"),
            "--subject",
            "p-000123",
            "--object",
            "o1",
            "--in",
            p("forged.zip"));
    assertThat(forged.exit()).as(forged.err()).isZero();
  }

  @Test
  void open_storeKeySwappedAndReSigned_isRefusedWhenPinned() throws IOException {
    run("keys", "new", "--out", p("keys"));
    String fingerprint =
        run("keys", "organisation", "--out", p("org")).json().get("fingerprint").asText();
    assertThat(seal("keys", "o1").exit()).isZero();
    run("keys", "organisation", "--out", p("attacker"));
    swapKeyAndForge(dir.resolve("attacker"));

    Run byKey = open("keys", "o1", "a.zip", "--organisation-key", organisationPublicKey());
    assertThat(byKey.exit()).isEqualTo(1);
    assertThat(byKey.err()).contains("signature");
    Run byFingerprint = open("keys", "o1", "b.zip", "--organisation-fingerprint", fingerprint);
    assertThat(byFingerprint.exit()).isEqualTo(1);
    assertThat(byFingerprint.err()).contains("pinned fingerprint");
    assertThat(dir.resolve("a.zip")).doesNotExist();
    assertThat(dir.resolve("b.zip")).doesNotExist();

    // unpinned, the forgery is accepted: which is what the warning says
    Run unpinned = open("keys", "o1", "c.zip", "--unpinned");
    assertThat(unpinned.exit()).as(unpinned.err()).isZero();
    assertThat(unpinned.json().get("organisationKeyPinned").asBoolean()).isFalse();
    assertThat(unpinned.err().strip())
        .isEqualTo("inzage: " + VaultOpenCommand.UNPINNED_WARNING)
        .contains("not someone able to rewrite the vault directory");
  }

  @Test
  void list_storeKeySwappedAndReSigned_isRefusedWhenPinnedAndSaidWhenNot() throws IOException {
    run("keys", "new", "--out", p("keys"));
    String fingerprint =
        run("keys", "organisation", "--out", p("org")).json().get("fingerprint").asText();
    assertThat(seal("keys", "o1").exit()).isZero();
    List<String> list = List.of("vault", "list", "--store", p("vault"), "--subject", "p-000123");
    Run before = run(concat(list, "--organisation-fingerprint", fingerprint));
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(before.json().get("count").asInt()).isEqualTo(1);
    assertThat(before.json().get("organisationKeyPinned").asBoolean()).isTrue();
    run("keys", "organisation", "--out", p("attacker"));
    swapKeyAndForge(dir.resolve("attacker"));

    Run byKey = run(concat(list, "--organisation-key", organisationPublicKey()));
    assertThat(byKey.exit()).isEqualTo(1);
    assertThat(byKey.err()).contains("signature");
    Run byFingerprint = run(concat(list, "--organisation-fingerprint", fingerprint));
    assertThat(byFingerprint.exit()).isEqualTo(1);
    assertThat(byFingerprint.err()).contains("pinned fingerprint");
    Run both =
        run(
            concat(
                list,
                "--organisation-key",
                organisationPublicKey(),
                "--organisation-fingerprint",
                fingerprint));
    assertThat(both.exit()).isEqualTo(2);

    // without a pin the forged manifest lists, and the output says it was not pinned
    Run unpinned = run(list.toArray(String[]::new));
    assertThat(unpinned.exit()).as(unpinned.err()).isZero();
    assertThat(unpinned.json().get("organisationKeyPinned").asBoolean()).isFalse();
    assertThat(unpinned.json().get("objects").get(0).get("plaintextSize").asLong()).isEqualTo(6);
  }

  private static String[] concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void open_pinOptions_exactlyOneIsRequired() throws IOException {
    run("keys", "new", "--out", p("keys"));
    seal("keys", "o1");
    Run none = openAs("keys", "o1", "out.zip");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err())
        .contains("--organisation-key")
        .contains("--organisation-fingerprint")
        .contains("--unpinned");
    Run two =
        openAs(
            "keys", "o1", "out.zip", "--unpinned", "--organisation-key", organisationPublicKey());
    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("mutually exclusive");
    Run malformed = openAs("keys", "o1", "out.zip", "--organisation-fingerprint", "abc");
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err()).contains("--organisation-fingerprint");
    assertThat(dir.resolve("out.zip")).doesNotExist();
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
        open("keys", "tiktok-2026", "out.zip", "--organisation-key", organisationPublicKey());
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
          .containsExactlyInAnyOrder("keys", "org", "vault", "export.zip");
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
    Path other = dir.resolve("other-org");
    assertThat(run("keys", "organisation", "--out", other.toString()).exit()).isZero();
    Run r =
        open(
            "keys",
            "o1",
            "out.zip",
            "--organisation-key",
            other.resolve(VaultFiles.PUBLIC_KEY).toString());
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
            "--signing-key",
            signingKey(),
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
            "--signing-key",
            signingKey(),
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

  private Run sealWith(String recipient, String in, String... extra) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "vault",
                "seal",
                "--store",
                p("vault"),
                "--signing-key",
                signingKey(),
                "--recipient",
                recipient,
                "--subject",
                "p-000123",
                "--object",
                "o1",
                "--in",
                in));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void seal_deviceAsRecipient_isBadInputWithoutAStackTrace() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    Run r = sealWith("/dev/zero", input().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("inzage: seal: invalid input: --recipient INVALID_VALUE (not a regular file)");
    Files.write(dir.resolve("huge.json"), new byte[(1 << 20) + 10]);
    Run huge = sealWith(p("huge.json"), input().toString());
    assertThat(huge.exit()).isEqualTo(2);
    assertThat(huge.err().strip()).contains("--recipient").doesNotContain("\n");
  }

  @Test
  void seal_nonRegularInput_isRefusedAndLeavesNothing() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    run("keys", "new", "--out", p("keys"));
    Run zero = sealWith(p("keys/public.json"), "/dev/zero");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("--in").contains("not a regular file");
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Run pipe = sealWith(p("keys/public.json"), fifo.toString());
    assertThat(pipe.exit()).isEqualTo(2);
    assertThat(pipe.err()).contains("--in").contains("not a regular file");
    assertThat(dir.resolve("vault")).doesNotExist();
  }

  @Test
  void seal_inputLargerThanMaxSize_isRefused() throws IOException {
    run("keys", "new", "--out", p("keys"));
    Run r = sealWith(p("keys/public.json"), input().toString(), "--max-size", "1000000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--in").contains("--max-size");
    Run fits = sealWith(p("keys/public.json"), input().toString(), "--max-size", "1500000");
    assertThat(fits.exit()).as(fits.err()).isZero();
  }

  @Test
  void keysNew_danglingSymlinkAsPublicKey_writesNothing() throws IOException {
    Files.createDirectories(dir.resolve("keys"));
    Files.createSymbolicLink(dir.resolve("keys/public.json"), dir.resolve("nowhere.json"));
    env.put("PASS", "correct horse");
    Run r = run("keys", "new", "--out", p("keys"), "--passphrase-env", "PASS");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
    assertThat(dir.resolve("keys/private.json")).doesNotExist();
    assertThat(dir.resolve("nowhere.json")).doesNotExist();
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
