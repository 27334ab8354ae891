package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage assess}, run in-process on generated replies. */
class AssessCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);

  private static final String EXPORT =
      """
      {
        "Your Activity": {
          "Watch History": {"VideoList": [
            {"Date": "2024-11-30 21:14:03", "Link": "https://www.tiktokv.com/share/video/1/"},
            {"Date": "2023-05-06 08:00:00", "Link": "https://www.tiktokv.com/share/video/2/"},
            {"Date": "2021-03-02 10:15:30", "Link": "https://www.tiktokv.com/share/video/3/"}
          ]},
          "Login History": {"LoginHistoryList": [
            {"Date": "2024-01-02 10:00:00", "IP": "192.0.2.1"}
          ]}
        },
        "Likes and Favorites": {
          "Like List": {"ItemFavoriteList": [
            {"date": "2022-07-01 12:00:00", "link": "https://www.tiktokv.com/share/video/4/"},
            {"date": "2022-07-02 12:00:00", "link": "https://www.tiktokv.com/share/video/5/"}
          ]}
        },
        "Profile And Settings": {
          "Profile Info": {"ProfileMap": {"userName": "someone", "emailAddress": "a@example.com"}}
        }
      }
      """;

  @TempDir Path dir;

  private CommandRun assess(String controller, Path file) {
    return CommandRun.of(CLOCK, "assess", "--controller", controller, "--export", file.toString());
  }

  private static Map<String, String> items(JsonNode json) {
    Map<String, String> items = new LinkedHashMap<>();
    json.get("items").fields().forEachRemaining(e -> items.put(e.getKey(), e.getValue().asText()));
    return items;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static Map<String, String> all(String status) {
    Map<String, String> items = new LinkedHashMap<>();
    for (String item :
        List.of(
            "CONFIRMATION",
            "ACCESS",
            "PURPOSES",
            "CATEGORIES",
            "RECIPIENTS",
            "RETENTION",
            "RIGHTS",
            "COMPLAINT",
            "SOURCE",
            "AUTOMATED_DECISIONS",
            "TRANSFER_SAFEGUARDS",
            "COPY")) {
      items.put(item, status);
    }
    return items;
  }

  private void assertTikTokExport(CommandRun run) throws Exception {
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(json.get("controller").asText()).isEqualTo("tiktok");
    Map<String, String> expected = all("MISSING");
    for (String answered : List.of("CONFIRMATION", "ACCESS", "CATEGORIES", "COPY")) {
      expected.put(answered, "ANSWERED");
    }
    assertThat(items(json)).containsExactlyEntriesOf(expected);
    List<String> categories = new ArrayList<>();
    json.get("categories")
        .forEach(
            c ->
                categories.add(
                    c.get("name").asText()
                        + " "
                        + c.get("records").asLong()
                        + " "
                        + c.get("first").asText()
                        + ".."
                        + c.get("last").asText()));
    assertThat(categories)
        .containsExactly(
            "Your Activity/Watch History 3 2021-03-02..2024-11-30",
            "Your Activity/Login History 1 2024-01-02..2024-01-02",
            "Likes and Favorites/Like List 2 2022-07-01..2022-07-02",
            "Profile And Settings/Profile Info 1 null..null");
    assertThat(texts(json.get("missing")))
        .containsExactly(
            "PURPOSES",
            "RECIPIENTS",
            "RETENTION",
            "RIGHTS",
            "COMPLAINT",
            "SOURCE",
            "AUTOMATED_DECISIONS",
            "TRANSFER_SAFEGUARDS");
    assertThat(json.get("findings").get(0).get("item").asText()).isEqualTo("CONFIRMATION");
  }

  @Test
  void aTikTokExport_answersTheCopyAndListsItsCategories() throws Exception {
    Path file = Files.writeString(dir.resolve("user_data_tiktok.json"), EXPORT);

    assertTikTokExport(assess("tiktok", file));
  }

  @Test
  void aTikTokExportInAZip_isFoundInside() throws Exception {
    Path file = dir.resolve("tiktok.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("TikTok_Data/user_data_tiktok.json"));
      zip.write(EXPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertTikTokExport(assess("tiktok", file));
  }

  @Test
  void aNoDataEmail_confirmsNegatively_andNothingElseApplies() throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("privacy@palantir.example"));
    message.setSubject("Your data subject access request");
    message.setText(
        "Dear requester,\r\n\r\nFollowing a search of our systems, we hold no personal data"
            + " about you.\r\n\r\nPrivacy Office",
        "UTF-8");
    message.saveChanges();
    Path file = dir.resolve("reply.eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }

    CommandRun run = assess("palantir", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    Map<String, String> expected = all("NOT_APPLICABLE");
    expected.put("CONFIRMATION", "ANSWERED");
    assertThat(items(json)).containsExactlyEntriesOf(expected);
    assertThat(json.get("categories").size()).isZero();
    assertThat(texts(json.get("missing"))).isEmpty();
    assertThat(json.get("findings").size()).isOne();
    assertThat(json.get("findings").get(0).get("status").asText()).isEqualTo("ANSWERED");
    assertThat(json.get("findings").get(0).get("evidence").asText())
        .isEqualTo("following a search of our systems, we hold no personal data about you.");
  }

  @Test
  void aProcessorOnlyLetter_answersNothing_andCallsForAFollowUp() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("reply.txt"),
            "Geachte heer,\n\nPalantir treedt uitsluitend op als verwerker voor haar klanten.\n",
            StandardCharsets.UTF_8);

    CommandRun run = assess("palantir", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(items(json)).containsExactlyEntriesOf(all("MISSING"));
    assertThat(texts(json.get("missing"))).containsExactlyElementsOf(all("MISSING").keySet());
    JsonNode finding = json.get("findings").get(0);
    assertThat(json.get("findings").size()).isOne();
    assertThat(finding.get("item").asText()).isEqualTo("CONFIRMATION");
    assertThat(finding.get("status").asText()).isEqualTo("MISSING");
    assertThat(finding.get("evidence").asText())
        .contains("palantir treedt uitsluitend op als verwerker voor haar klanten.")
        .contains("Art. 28(3)(e)");
  }

  @Test
  void aZipSlip_exitsTwo_withoutNamingTheEntry() throws Exception {
    Path file = dir.resolve("slip.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("../../etc/user_data_tiktok.json"));
      zip.write(EXPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    CommandRun run = assess("tiktok", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .startsWith("inzage: assess: --export refused (path traversal): slip.zip, entry 1:")
        .doesNotContain("etc")
        .doesNotContain("\n");
  }

  @Test
  void aZipBomb_exitsTwo() throws Exception {
    Path file = dir.resolve("bomb.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("user_data_tiktok.json"));
      // JSON whitespace, so that the parser reads on until the ratio stops it
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 24; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }

    CommandRun run = assess("tiktok", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .startsWith("inzage: assess: --export refused (expansion ratio): bomb.zip, entry 1:")
        .doesNotContain("\n");
  }

  @Test
  void aTruncatedArchive_exitsTwo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("user_data_tiktok.json"));
      zip.write(EXPORT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] whole = bytes.toByteArray();
    Path file =
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));

    CommandRun run = assess("tiktok", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).startsWith("inzage: assess: --export refused (");
  }

  @Test
  void theMissingItems_feedAReminder() throws Exception {
    Path export = Files.writeString(dir.resolve("user_data_tiktok.json"), EXPORT);
    JsonNode assessment = assess("tiktok", export).json();
    ObjectNode facts = new ObjectMapper().createObjectNode();
    facts.put("received", "2026-10-01");
    facts.put("due", "2026-10-31");
    facts.set("missing", assessment.get("missing"));
    Path request = Files.writeString(dir.resolve("facts.json"), facts.toString());
    Path participant =
        Files.writeString(
            dir.resolve("p.json"),
            "{\"id\":\"p-000123\",\"name\":\"Test Person\",\"email\":\"t@example.org\","
                + "\"birthDate\":\"1990-02-14\",\"residence\":\"NL\",\"language\":\"en\","
                + "\"accounts\":{\"tiktok\":{\"username\":\"@t\"}}}");
    Path out = dir.resolve("reminder.txt");

    CommandRun run =
        CommandRun.of(
            CLOCK,
            SendingOrganisation.added(
                "letter",
                "--kind",
                "reminder",
                "--controller",
                "tiktok",
                "--participant",
                participant.toString(),
                "--request",
                request.toString(),
                "--format",
                "text",
                "--out",
                out.toString()));

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out))
        .contains(
            "the envisaged period for which the data will be stored or, if that is not possible,"
                + " the criteria used to determine that period");
  }

  private static byte[] zip(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aZoomReply_isReadByItsOwnNames_andNeverEchoesItsValues() throws Exception {
    Map<String, byte[]> nested = new LinkedHashMap<>();
    nested.put(
        "Sign-in history.csv",
        utf8("Time,IP Address\n2024-02-01T10:00:00Z,192.0.2.1\n2024-03-05T10:00:00Z,192.0.2.2\n"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "Meetings.csv",
        utf8(
            "Meeting ID,Topic,Start Time,User Email\n"
                + "1,\"Call with Zoe,\nat home\",03/01/2021 10:15:30 AM,zoe@example.org\n"
                + "2,Budget,12/24/2022 09:00:00 PM,zoe@example.org\n"));
    files.put("Recordings/2021-03-01 10.15.30 Call 1/zoom_0.mp4", new byte[4096]);
    files.put(
        "Recordings/2021-03-01 10.15.30 Call 1/audio_transcript.vtt",
        utf8("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nZoe: hello\n"));
    files.put(
        "Recordings/2021-03-01 10.15.30 Call 1/meeting_saved_chat.txt",
        utf8("10:15:30 From Zoe to Everyone: a private word\n"));
    files.put("account.zip", zip(nested));
    files.put(
        "metadata.json", utf8("{\"meetings\": [{\"start_time\": \"2021-03-01T10:15:30Z\"}]}"));
    Path file = Files.write(dir.resolve("reply.zip"), zip(files));

    CommandRun run = assess("zoom", file);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = run.json();
    assertThat(json.get("controller").asText()).isEqualTo("zoom");
    Map<String, String> expected = all("MISSING");
    for (String answered : List.of("CONFIRMATION", "ACCESS", "CATEGORIES", "COPY")) {
      expected.put(answered, "ANSWERED");
    }
    assertThat(items(json)).containsExactlyEntriesOf(expected);
    List<String> categories = new ArrayList<>();
    json.get("categories")
        .forEach(
            c ->
                categories.add(
                    c.get("name").asText()
                        + " "
                        + c.get("records").asLong()
                        + " "
                        + c.get("first").asText()
                        + ".."
                        + c.get("last").asText()));
    assertThat(categories)
        .containsExactly(
            "Meetings 2 2021-03-01..2022-12-24",
            "Recordings 3 2021-03-01..2021-03-01",
            "Sign-in history 2 2024-02-01..2024-03-05",
            "metadata 1 2021-03-01..2021-03-01");
    List<String> copy = new ArrayList<>();
    json.get("findings")
        .forEach(
            f -> {
              if (f.get("item").asText().equals("COPY")) {
                copy.add(f.get("status").asText() + " " + f.get("evidence").asText());
              }
            });
    assertThat(copy)
        .containsExactly(
            "ANSWERED an export of 4 categories, 8 records",
            "ANSWERED 1 media files (4096 bytes) counted, not read");
    assertThat(run.out()).doesNotContain("zoe").doesNotContain("Zoe").doesNotContain("private");
  }

  @Test
  void aZoomReplyWithAMalformedReport_exitsTwo_namingTheEntryByPosition() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("Meetings.csv", utf8("Meeting ID,Topic\n1,Budget\n"));
    files.put("Zoe's participants.csv", utf8("Name,Join Time\n\"Zoe,2021-03-01\n"));
    Path file = Files.write(dir.resolve("reply.zip"), zip(files));

    CommandRun run = assess("zoom", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "inzage: assess: --export refused (malformed csv): reply.zip, entry 2: not well-formed"
                + " CSV at line 3");
  }

  @Test
  void anUnknownFileType_exitsTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("reply.docx"), "x");

    CommandRun run = assess("zoom", file);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip())
        .isEqualTo(
            "inzage: assess: --export refused (unknown format): reply.docx: not a reply the reader"
                + " knows (.json, .zip, .txt, .eml or .pdf)");
  }
}
