package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZoomReplyReaderTest {
  private static final ZoomReplyReader READER =
      ZoomReplyReader.builder()
          .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
          .build();

  static final String MEETINGS =
      "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n"
          + "111,\"Weekly, with Alice\nsecond line\",03/01/2021 10:15:30 AM,03/01/2021 11:00:00 AM,"
          + "alice@example.org,45,3\r\n"
          + "222,Budget,12/24/2022 09:00:00 PM,12/24/2022 10:00:00 PM,alice@example.org,60,2\r\n"
          + "333,\"Said \"\"hello\"\"\",2023-01-05 08:00:00,2023-01-05 08:30:00,alice@example.org,30,2\r\n";

  /** Zoom's participants report: the meeting's summary, a blank line, then its participants. */
  static final String PARTICIPANTS =
      "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
          + "111,Weekly,03/01/2021 10:15:30 AM,03/01/2021 11:00:00 AM,alice@example.org,45,2\n"
          + "\n"
          + "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
          + "Alice,alice@example.org,03/01/2021 10:15:31 AM,03/01/2021 11:00:00 AM,45,No\n"
          + "Bob,bob@example.org,03/02/2021 10:16:00 AM,03/02/2021 11:00:00 AM,44,Yes\n";

  static final String SIGN_INS =
      "\uFEFFTime,IP Address,Device,Time Zone\n"
          + "2024-02-01T10:00:00Z,192.0.2.1,Mac,Europe/Amsterdam\n"
          + "2024-03-05T10:00:00Z,192.0.2.2,iPhone,Europe/Amsterdam\n";

  static final String TRANSCRIPT =
      "WEBVTT\n\n"
          + "1\n00:00:01.000 --> 00:00:04.000\nAlice: hello everyone\n\n"
          + "2\n00:00:05.000 --> 00:00:08.500 align:start\nBob: hi\nstill Bob\n\n"
          + "3\n01:00:05.000 --> 01:00:06.000\nAlice: bye\n";

  static final String CHAT =
      "10:15:30 From Alice to Everyone: hello\n"
          + "10:16:02 From Bob to Everyone: a message\nover two lines\n"
          + "10:17:45\t From  Alice : secret words\n";

  static final String METADATA =
      "{\"user\": {\"email\": \"alice@example.org\"},"
          + " \"meetings\": [{\"id\": 1, \"start_time\": \"2021-03-01T10:15:30Z\"},"
          + " {\"id\": 2, \"start_time\": \"2021-04-01T10:00:00Z\", \"topic\": \"Alice\"}]}";

  static byte[] nested() {
    return new TestZip()
        .file("Webinars.csv", "Webinar ID,Topic,Date\n9,Launch,2022-06-01\n")
        .file("profile.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2})
        .bytes();
  }

  /** A Zoom reply of every kind of file, a nested archive and a file of unknown type. */
  static byte[] reply(boolean withUnknown) {
    byte[] video = new byte[5000];
    Arrays.fill(video, (byte) 7);
    TestZip zip =
        new TestZip()
            .file("Meetings.csv", MEETINGS)
            .file("Reports/participants_111.csv", PARTICIPANTS)
            .file("Sign-in history.csv", SIGN_INS)
            .file("Billing.csv", "Invoice,Amount,Date\n")
            .directory("Recordings/")
            .file("Recordings/2021-03-01 10.15.30 Weekly 111/zoom_0.mp4", video)
            .file("Recordings/2021-03-01 10.15.30 Weekly 111/audio_transcript.vtt", TRANSCRIPT)
            .file("Recordings/2021-03-01 10.15.30 Weekly 111/meeting_saved_chat.txt", CHAT)
            .file("Transcripts/GMT20220315-090000_Recording.transcript.vtt", TRANSCRIPT)
            .file("chat.txt", CHAT)
            .file("metadata.json", METADATA)
            .file("extras.zip", nested());
    if (withUnknown) {
      zip.file("Alice notes.docx", "PK not really a docx, about Alice");
    }
    return zip.bytes();
  }

  private static Category category(String name, long records, String first, String last) {
    return new Category(
        name,
        records,
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last));
  }

  @Test
  void aReplyOfEveryKindIsCountedByTheReplysOwnNames() {
    ExportReading reading = READER.readArchive("reply.zip", new ByteArrayInputStream(reply(true)));

    assertThat(reading.generation()).isEqualTo(Generation.ZOOM);
    assertThat(reading.categories())
        .containsExactly(
            category("Meetings", 3, "2021-03-01", "2023-01-05"),
            category("participants_111", 3, "2021-03-01", "2021-03-02"),
            category("Sign-in history", 2, "2024-02-01", "2024-03-05"),
            category("Billing", 0, null, null),
            // a recording's video (1 file), its transcript (3 cues) and its chat (3 messages)
            category("Recordings", 7, "2021-03-01", "2021-03-01"),
            category("Transcripts", 3, "2022-03-15", "2022-03-15"),
            category("Chat", 3, null, null),
            category("metadata", 2, "2021-03-01", "2021-04-01"),
            category("Webinars", 1, "2022-06-01", "2022-06-01"),
            category("Media", 1, null, null),
            category(ExportReading.UNREAD_FILES, 1, null, null));
    assertThat(reading.unparseableDates()).isZero();
    assertThat(reading.brokenRecords()).isZero();
    assertThat(reading.unreadFiles()).isEqualTo(1);
    assertThat(reading.mediaFiles()).isEqualTo(2);
    assertThat(reading.mediaBytes()).isEqualTo(5006);
    assertThat(reading.toString())
        .doesNotContain("alice@example.org")
        .doesNotContain("Bob")
        .doesNotContain("secret")
        .doesNotContain("hello")
        .doesNotContain("notes");
  }

  @Test
  void brokenRowsAndCuesAndUnreadableDatesAreCountedNotDropped() {
    byte[] zip =
        new TestZip()
            .file(
                "Meetings.csv",
                "Meeting ID,Topic,Start Time\n1,a,03/01/2021 10:00\n2,b,c,d\n3\n4,e,31/12/2021\n")
            .file(
                "t.vtt",
                "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\na\n\n00:00:09.000 --> 00:00:04.000\nb\n\n"
                    + "0:1 --> x\nc\n")
            .file("c.vtt", "not a transcript\n00:00:01.000 --> 00:00:02.000\n")
            .file("letter.txt", "Dear Alice,\nhere is your data.\n")
            .file("empty.txt", "")
            .bytes();

    ExportReading reading = READER.readArchive("reply.zip", new ByteArrayInputStream(zip));

    assertThat(reading.categories())
        .containsExactly(
            category("Meetings", 4, "2021-03-01", "2021-03-01"),
            category("Transcripts", 3, null, null),
            // the letter, the text with no cue, and the empty text: no chat, read by no reader
            category(ExportReading.UNREAD_FILES, 3, null, null));
    // rows 2 and 3 have more or fewer fields than the header; two cues run backwards or do not read
    assertThat(reading.brokenRecords()).isEqualTo(4);
    // "c" is no date, 31/12/2021 is not month first
    assertThat(reading.unparseableDates()).isEqualTo(2);
    assertThat(reading.unreadFiles()).isEqualTo(3);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "an unterminated quote",
            "Name,Date\n\"Alice,2021-01-01\n".getBytes(StandardCharsets.UTF_8),
            "x.csv",
            Reason.MALFORMED_CSV,
            "reply.zip, entry 2: not well-formed CSV"),
        Arguments.of(
            "a character after a closing quote",
            "Name,Date\n\"Alice\"x,2021-01-01\n".getBytes(StandardCharsets.UTF_8),
            "x.csv",
            Reason.MALFORMED_CSV,
            "reply.zip, entry 2: not well-formed CSV at line 2"),
        Arguments.of(
            "bytes that are not UTF-8",
            new byte[] {'N', ',', 'D', '\n', (byte) 0xC3, 0x28, (byte) 0xFF, ',', '1', '\n'},
            "x.csv",
            Reason.MALFORMED_CSV,
            "reply.zip, entry 2: not well-formed CSV"),
        Arguments.of(
            "a field of 3 MiB",
            ("Name,Notes\nAlice,\"" + letters(3 << 20) + "\"\n").getBytes(StandardCharsets.UTF_8),
            "x.csv",
            Reason.OVERSIZED_FIELD,
            "reply.zip, entry 2: a CSV field longer than 1048576 characters (refused)"),
        Arguments.of(
            "malformed JSON",
            "{\"meetings\": [{\"id\": 1,}".getBytes(StandardCharsets.UTF_8),
            "x.json",
            Reason.MALFORMED_JSON,
            "reply.zip, entry 2: not well-formed JSON at line 1"),
        Arguments.of(
            "JSON with content after its value",
            "{} {}".getBytes(StandardCharsets.UTF_8),
            "x.json",
            Reason.MALFORMED_JSON,
            "reply.zip, entry 2: content after the JSON value"));
  }

  /** Letters that deflate less than 100:1 (the archive's ratio limit). */
  private static String letters(int n) {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aMalformedReportIsRefusedNamingTheArchiveAndPositionOnly(
      String what, byte[] content, String file, Reason reason, String message) {
    byte[] zip =
        new TestZip().file("Sign-in history.csv", SIGN_INS).file("Alice " + file, content).bytes();

    RejectedReplyException e =
        catchThrowableOfType(
            RejectedReplyException.class,
            () -> READER.readArchive("reply.zip", new ByteArrayInputStream(zip)));

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).contains(message).doesNotContain("Alice");
    assertThat(e.violations().get(0).field()).isEqualTo("export");
  }

  @Test
  void aFieldAsLongAsTheArchiveAllowsIsRefusedWithinTheFieldLimit() {
    // 200 MiB of one quoted field, deflated to about 200 kB: refused after about 1 MiB of it, long
    // before the ratio limit or the memory it would fill
    byte[] csv = ("Notes\n\"" + "a".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
    TestZip zip = new TestZip().file("notes.csv", repeatOpen(csv, 200));

    RejectedReplyException e =
        catchThrowableOfType(
            RejectedReplyException.class,
            () ->
                ZoomReplyReader.builder()
                    .archive(
                        SafeArchive.builder()
                            .limits(new ArchiveLimits(1L << 32, 100_000, 100, 2))
                            .build())
                    .build()
                    .readArchive("reply.zip", new ByteArrayInputStream(zip.bytes())));

    assertThat(e.reason()).isEqualTo(Reason.OVERSIZED_FIELD);
  }

  /** The header and opening quote once, then the field's characters n times over. */
  private static byte[] repeatOpen(byte[] csv, int times) {
    int head = "Notes\n\"".length();
    byte[] out = new byte[head + (csv.length - head) * times];
    System.arraycopy(csv, 0, out, 0, head);
    for (int i = 0; i < times; i++) {
      System.arraycopy(csv, head, out, head + i * (csv.length - head), csv.length - head);
    }
    return out;
  }

  @Test
  void aHostileArchiveIsRefusedAsByTheArchiveReader() {
    byte[] slip = new TestZip().file("../Meetings.csv", MEETINGS).bytes();

    RejectedReplyException e =
        catchThrowableOfType(
            RejectedReplyException.class,
            () -> READER.readArchive("reply.zip", new ByteArrayInputStream(slip)));

    assertThat(e.reason()).isEqualTo(Reason.PATH_TRAVERSAL);
  }
}
