package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inzage letter --kind cover|collective-complaint} and {@code --seal}, as a user runs it.
 */
class CollectiveLetterCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final String PASSWORD = "only-for-this-test";

  @TempDir Path dir;

  private CommandRun run(String... args) {
    return CommandRun.of(CLOCK, Map.of("SEAL_PASSWORD", PASSWORD), SendingOrganisation.added(args));
  }

  /** {@code inzage letter --kind cover} for a controller, into a folder, with more options. */
  private CommandRun cover(String controller, String participants, String out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "letter",
                "--kind",
                "cover",
                "--controller",
                controller,
                "--participants",
                participants,
                "--out",
                out));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private Path participants(int n) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add(
          "{\"participant\":{\"id\":\"p-"
              + i
              + "\",\"name\":\"Zoë Ångström "
              + i
              + "\",\"residence\":\"NL\",\"accounts\":{\"tiktok\":{\"username\":\"@zoe"
              + i
              + "\"}}},\"facts\":{\"signedOn\":\"2026-08-01\",\"received\":\"2026-09-01\","
              + "\"missing\":[\"COPY\"]}}");
    }
    return Files.write(dir.resolve("participants.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static List<Path> files(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void letter_coverFiveParticipantsVolumesOfTwo_writesThreeVolumesAndListsThem() throws Exception {
    Path out = dir.resolve("volumes");
    CommandRun run =
        cover(
            "tiktok",
            participants(5).toString(),
            out.toString(),
            "--volume-size",
            "2",
            "--reference",
            "somi-2021/wave-2");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("kind").asText()).isEqualTo("cover");
    assertThat(json.get("total").get("participants").asInt()).isEqualTo(5);
    assertThat(json.get("total").get("volumes").asInt()).isEqualTo(3);
    JsonNode volumes = json.get("volumes");
    assertThat(volumes).hasSize(3);
    assertThat(volumes.get(2).get("participants").asInt()).isEqualTo(1);
    long bytes = 0;
    for (JsonNode volume : volumes) {
      byte[] file = Files.readAllBytes(Path.of(volume.get("path").asText()));
      assertThat(file).hasSize(volume.get("bytes").asInt());
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)))
          .isEqualTo(volume.get("sha256").asText());
      bytes += file.length;
    }
    assertThat(json.get("total").get("bytes").asLong()).isEqualTo(bytes);
    assertThat(files(out))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("cover-tiktok-001.pdf", "cover-tiktok-002.pdf", "cover-tiktok-003.pdf");
    assertThat(run.out()).doesNotContain("Zoë");
    String first;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(files(out).get(0)))) {
      first = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    assertThat(first).contains("somi-2021/wave-2").contains("volume 1 of 3");
  }

  @Test
  void letter_referenceWithControlCharacter_exitsTwoNamingReference() throws Exception {
    CommandRun run =
        cover(
            "tiktok",
            participants(1).toString(),
            dir.resolve("v").toString(),
            "--reference",
            "a\u0007b");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("reference");
    assertThat(dir.resolve("v")).doesNotExist();
  }

  @Test
  void letter_coverWithBadLine_exitsTwoNamingLineAndFieldAndWritesNothing() throws Exception {
    Path file = participants(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(1, "{\"id\":\"p-2\",\"name\":\"\",\"residence\":\"NL\"}");
    Files.write(file, lines);
    Path out = dir.resolve("volumes");

    CommandRun run = cover("zoom", file.toString(), out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("participants.2.name");
    assertThat(files(out)).isEmpty();
  }

  /** A cover letter bundles mandates dated by their signature: an unsigned entry stops it. */
  @Test
  void letter_coverEntryWithoutSignedOn_exitsTwoNamingTheFieldAndWritesNothing() throws Exception {
    Path file = participants(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(1, lines.get(1).replace("\"signedOn\":\"2026-08-01\",", ""));
    lines.add(1, "");
    Files.write(file, lines);
    Path out = dir.resolve("volumes");

    CommandRun run = cover("tiktok", file.toString(), out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("participants.3.facts.signedOn").contains("REQUIRED");
    assertThat(files(out)).isEmpty();
  }

  /** A PNG whose header is sound (100 × 50, 8-bit RGB) and whose body is junk, base64. */
  private static String pngWithCorruptBody() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(4 + 4 + 13);
    ihdr.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(100).putInt(50).put(new byte[] {8, 2, 0, 0, 0});
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(ihdr.array(), 4, 17);
    out.write(ihdr.array());
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    out.write(new byte[512]);
    return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
  }

  @Test
  void letter_coverWhoseLastVolumeFailsToRender_writesNoVolumeAndKeepsTheOldOnes()
      throws Exception {
    Path file = participants(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(
        2,
        lines
            .get(2)
            .replace(
                "\"facts\":{",
                "\"facts\":{\"signature\":{\"kind\":\"DRAWN\",\"imagePng\":\""
                    + pngWithCorruptBody()
                    + "\",\"signedAt\":\"2026-08-01T10:00:00Z\"},"));
    Files.write(file, lines);
    Path out = Files.createDirectory(dir.resolve("volumes"));
    // a volume of an earlier run under the same name: replaced only by a complete new run
    Path earlier = Files.writeString(out.resolve("cover-tiktok-001.pdf"), "earlier run");

    CommandRun run = cover("tiktok", file.toString(), out.toString(), "--volume-size", "1");

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("participants.3").doesNotContain("Exception");
    assertThat(files(out)).containsExactly(earlier);
    assertThat(Files.readString(earlier)).isEqualTo("earlier run");
  }

  @Test
  void letter_coverWithSingleParticipantOptions_exitsTwoNamingEachMisuse() throws Exception {
    Path p =
        Files.writeString(
            dir.resolve("p.json"), "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\"}");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "cover",
            "--controller",
            "zoom",
            "--participant",
            p.toString(),
            "--out",
            dir.resolve("v").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("participants").contains("participant");
  }

  @Test
  void letter_accessWithVolumeSize_exitsTwoNamingVolumeSize() throws Exception {
    Path p =
        Files.writeString(
            dir.resolve("p.json"), "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\"}");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "zoom",
            "--participant",
            p.toString(),
            "--volume-size",
            "3",
            "--out",
            dir.resolve("a.pdf").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("volumeSize");
  }

  @Test
  void letter_collectiveComplaintToGermanAuthority_isGermanPdf() throws Exception {
    Path out = dir.resolve("complaint");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "collective-complaint",
            "--controller",
            "tiktok",
            "--participants",
            participants(2).toString(),
            "--authority",
            "DE-BY",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("language").asText()).isEqualTo("de");
    assertThat(files(out)).hasSize(1);
  }

  @Test
  void letter_collectiveComplaint_oneSetOfVolumesPerAuthorityListedInTheJson() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(participants(2)));
    lines.add(
        "{\"participant\":{\"id\":\"p-3\",\"name\":\"Jörg Müller\",\"residence\":\"DE\","
            + "\"address\":{\"postalCode\":\"80331\",\"city\":\"München\",\"country\":\"DE\"}},"
            + "\"facts\":{\"received\":\"2026-09-01\",\"missing\":[\"COPY\"]}}");
    Path file = Files.write(dir.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("complaints");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "collective-complaint",
            "--controller",
            "zoom",
            "--participants",
            file.toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(files(out))
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "collective-complaint-zoom-de-by-001.pdf", "collective-complaint-zoom-nl-001.pdf");
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode authorities = json.get("authorities");
    assertThat(authorities).hasSize(2);
    assertThat(authorities.get(0).get("authority").asText()).isEqualTo("NL");
    assertThat(authorities.get(0).get("name").asText()).isEqualTo("Autoriteit Persoonsgegevens");
    assertThat(authorities.get(0).get("participants").asLong()).isEqualTo(2);
    assertThat(authorities.get(0).get("volumes").get(0).asText())
        .endsWith("collective-complaint-zoom-nl-001.pdf");
    assertThat(authorities.get(1).get("authority").asText()).isEqualTo("DE-BY");
    assertThat(authorities.get(1).get("language").asText()).isEqualTo("de");
    assertThat(json.get("volumes").get(1).get("authority").asText()).isEqualTo("DE-BY");
    assertThat(json.get("total").get("participants").asLong()).isEqualTo(3);
    assertThat(json.get("total").get("volumes").asLong()).isEqualTo(2);
  }

  @Test
  void letter_coverSealed_eachVolumeCarriesThePadesSignature() throws Exception {
    Path keystore = keystore();
    Path out = dir.resolve("sealed");
    CommandRun run =
        cover(
            "tiktok",
            participants(2).toString(),
            out.toString(),
            "--seal",
            keystore.toString(),
            "--seal-password-env",
            "SEAL_PASSWORD");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("seal").get("signer").asText()).isEqualTo("Stichting Inzage Collectief");
    String pdf = new String(Files.readAllBytes(files(out).get(0)), StandardCharsets.ISO_8859_1);
    assertThat(pdf).contains("/ETSI.CAdES.detached").contains("/ByteRange");
  }

  @Test
  void letter_sealPasswordVariableUnset_exitsTwoAndWritesNothing() throws Exception {
    Path keystore = keystore();
    Path p =
        Files.writeString(
            dir.resolve("p.json"), "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\"}");
    Path out = dir.resolve("a.pdf");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "zoom",
            "--participant",
            p.toString(),
            "--seal",
            keystore.toString(),
            "--seal-password-env",
            "NOT_SET",
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("sealPasswordEnv");
    assertThat(out).doesNotExist();
  }

  private Path keystore() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=Stichting Inzage Collectief, C=NL");
    Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.ONE,
                        Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                        Date.from(Instant.parse("2028-01-01T00:00:00Z")),
                        subject,
                        pair.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "seal", pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
    Path file = dir.resolve("seal.p12");
    try (var out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }
}
