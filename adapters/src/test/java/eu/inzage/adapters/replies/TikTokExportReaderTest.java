package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TikTokExportReaderTest {
  private static final TikTokExportReader READER =
      TikTokExportReader.builder()
          .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
          .build();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TikTokExportReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static Category category(String name, long records, String first, String last) {
    return new Category(
        name,
        records,
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last));
  }

  @Test
  void read_currentGeneration_categoriesCountsAndDateRanges() throws IOException {
    ExportReading reading =
        READER.read(
            "user_data_tiktok.json", new ByteArrayInputStream(resource("tiktok-current.json")));

    assertThat(reading.generation()).isEqualTo(Generation.CURRENT);
    assertThat(reading.unparseableDates()).isEqualTo(1);
    assertThat(reading.categories())
        .containsExactly(
            category("Your Activity/Watch History", 6, "2020-12-31", "2022-02-02"),
            category("Your Activity/Login History", 1, "2022-01-02", "2022-01-02"),
            category("Your Activity/Searches", 0, null, null),
            category("Your Activity/Off TikTok Activity", 2, "2021-04-01", "2021-05-01"),
            category("Your Activity/Ad Interests", 0, null, null),
            category("Your Activity/Purchases", 0, null, null),
            category("Likes and Favorites/Like List", 2, "2021-01-01", "2021-02-01"),
            category("Profile And Settings/Profile Info", 1, null, null),
            category("Profile And Settings/Follower", 0, null, null),
            category("Profile And Settings/Block List", 0, null, null),
            category("Direct Message/Direct Messages", 2, "2021-03-03", "2021-03-04"),
            category("Comment/Comments", 1, "2021-06-06", "2021-06-06"),
            category("Post/Posts", 0, null, null),
            category("TikTok Live", 0, null, null),
            category("TikTok Shop/Order History", 0, null, null));
    assertThat(reading.toString())
        .doesNotContain("jane")
        .doesNotContain("example.org")
        .doesNotContain("john")
        .doesNotContain("1990");
  }

  @Test
  void read_legacyGeneration_categoriesCountsAndDateRanges() throws IOException {
    ExportReading reading =
        READER.read("user_data.json", new ByteArrayInputStream(resource("tiktok-legacy.json")));

    assertThat(reading.generation()).isEqualTo(Generation.LEGACY);
    assertThat(reading.unparseableDates()).isZero();
    assertThat(reading.categories())
        .containsExactly(
            category("Activity/Video Browsing History", 2, "2020-05-05", "2020-05-06"),
            category("Activity/Favorite Sounds", 0, null, null),
            category("Ads and data/Ad Interests", 0, null, null),
            category("App Settings/Settings", 1, null, null),
            category("Comment/Comments", 0, null, null),
            category("Direct Messages/Chat History", 1, "2020-06-01", "2020-06-01"),
            category("Profile/Profile Information", 1, null, null),
            category("Video/Videos", 1, "2020-07-07", "2020-07-07"));
    assertThat(reading.category("Video/Videos")).map(Category::records).contains(1L);
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of("\"2021-07-28 10:15:30\"", "2021-07-28"),
        Arguments.of("\"2021-07-28T10:15:30Z\"", "2021-07-28"),
        Arguments.of("\"2021-07-28T23:30:00.123-05:00\"", "2021-07-28"),
        Arguments.of("\"2021-07-28\"", "2021-07-28"),
        Arguments.of("\" 2021/07/28 10:15 \"", "2021-07-28"),
        Arguments.of("\"2021.07.28\"", "2021-07-28"),
        Arguments.of("\"1627467330\"", "2021-07-28"),
        Arguments.of("1627467330", "2021-07-28"),
        Arguments.of("1627467330000", "2021-07-28"),
        Arguments.of("\"2021-02-29 10:00:00\"", null),
        Arguments.of("\"2021-13-01\"", null),
        Arguments.of("\"28.07.2021\"", null),
        Arguments.of("\"1066-10-14\"", null),
        Arguments.of("\"2021-07-28garbage\"", null),
        Arguments.of("1.5", null),
        Arguments.of("true", null),
        Arguments.of("-1", null));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void read_dateFormats_readOrCountedAsUnparseable(String json, String expected) {
    String export = "{\"Post\": {\"Posts\": {\"VideoList\": [{\"Date\": " + json + "}]}}}";

    ExportReading reading =
        READER.read("f.json", new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)));

    Category posts = reading.category("Post/Posts").orElseThrow();
    assertThat(posts.records()).isEqualTo(1);
    assertThat(posts.first()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    assertThat(reading.unparseableDates()).isEqualTo(expected == null ? 1 : 0);
  }

  @Test
  void read_generatedExports_matchWhatTheGeneratorWrote() {
    for (Generation generation : new Generation[] {Generation.CURRENT, Generation.LEGACY}) {
      for (long seed = 1; seed <= 3; seed++) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TikTokExportGenerator.Expected expected =
            TikTokExportGenerator.write(generation, 200_000, seed, out);

        ExportReading reading =
            READER.read("gen.json", new ByteArrayInputStream(out.toByteArray()));

        assertThat(reading).isEqualTo(expected.reading());
        assertThat(reading.unparseableDates()).isPositive();
        assertThat(reading.categories().get(0).records()).isGreaterThan(1500);
      }
    }
  }

  @Test
  void readArchive_bothGenerationsZipped_andNestedTwice() {
    for (Generation generation : new Generation[] {Generation.CURRENT, Generation.LEGACY}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      TikTokExportGenerator.Expected expected =
          TikTokExportGenerator.write(generation, 50_000, 9, out);
      String file =
          generation == Generation.CURRENT
              ? TikTokExportReader.CURRENT_FILE
              : TikTokExportReader.LEGACY_FILE;
      byte[] flat =
          new TestZip()
              .file("README.txt", "hello")
              .file("TikTok/" + file, out.toByteArray())
              .bytes();
      byte[] nested =
          new TestZip()
              .file("outer/data.zip", new TestZip().file("inner.zip", flat).bytes())
              .bytes();

      assertThat(READER.readArchive("tiktok.zip", new ByteArrayInputStream(flat)))
          .isEqualTo(expected.reading());
      assertThat(READER.readArchive("tiktok.zip", new ByteArrayInputStream(nested)))
          .isEqualTo(expected.reading());
    }
  }

  @Test
  void readArchive_noExportOrTwo_refused() {
    byte[] none = new TestZip().file("other.json", "{}").bytes();
    byte[] two =
        new TestZip().file("a/user_data.json", "{}").file("b/user_data_tiktok.json", "{}").bytes();

    RejectedReplyException missing =
        catchThrowableOfType(
            () -> READER.readArchive("x.zip", new ByteArrayInputStream(none)),
            RejectedReplyException.class);
    RejectedReplyException twice =
        catchThrowableOfType(
            () -> READER.readArchive("x.zip", new ByteArrayInputStream(two)),
            RejectedReplyException.class);

    assertThat(missing.reason()).isEqualTo(Reason.NO_EXPORT);
    assertThat(missing.getMessage()).contains("holds no user_data_tiktok.json nor user_data.json");
    assertThat(twice.reason()).isEqualTo(Reason.NO_EXPORT);
    assertThat(twice.getMessage()).contains("more than one TikTok export file (entry 2)");
  }

  @Test
  void readArchive_malformedExportInside_namesTheArchiveAndEntry() {
    byte[] zip = new TestZip().file("user_data.json", "{\"Profile\": [").bytes();

    RejectedReplyException e =
        catchThrowableOfType(
            () -> READER.readArchive("x.zip", new ByteArrayInputStream(zip)),
            RejectedReplyException.class);

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
    assertThat(e.getMessage()).contains("x.zip entry 1: not well-formed JSON at line 1");
  }

  static Stream<Arguments> malformed() {
    byte[] utf32 = {0, 0, 0, '{', 0, 0, 0, '"', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '(', '"', '}'};
    return Stream.of(
        Arguments.of("".getBytes(StandardCharsets.UTF_8), "not a JSON object"),
        Arguments.of("[]".getBytes(StandardCharsets.UTF_8), "not a JSON object"),
        Arguments.of("\"text\"".getBytes(StandardCharsets.UTF_8), "not a JSON object"),
        Arguments.of("{\"Your Activity\": {".getBytes(StandardCharsets.UTF_8), "not well-formed"),
        Arguments.of("{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8), "not well-formed"),
        Arguments.of("{} trailing".getBytes(StandardCharsets.UTF_8), "not well-formed"),
        Arguments.of("{}{}".getBytes(StandardCharsets.UTF_8), "content after"),
        Arguments.of(
            ("{\"a\": " + "[".repeat(500) + "]".repeat(500) + "}").getBytes(StandardCharsets.UTF_8),
            "not well-formed"),
        Arguments.of(
            "{\"Profile\": {\"ProfileMap\": {\"emailAddress\": \"jane@example.org\" \"x\"}}}"
                .getBytes(StandardCharsets.UTF_8),
            "not well-formed JSON at line 1"),
        Arguments.of(utf32, "bad character encoding"),
        Arguments.of(badUtf8, "not well-formed"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void read_malformed_typedErrorNamingTheFileNeverTheContent(byte[] input, String why) {
    RejectedReplyException e =
        catchThrowableOfType(
            () -> READER.read("user_data.json", new ByteArrayInputStream(input)),
            RejectedReplyException.class);

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
    assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.MALFORMED_JSON);
    assertThat(e.violations().get(0).field()).isEqualTo("export");
    assertThat(e.getMessage()).contains("user_data.json: ").contains(why);
    assertThat(e.getMessage()).doesNotContain("jane").doesNotContain("trailing");
  }

  @Test
  void read_sectionNamesWithControlCharacters_replacedTrailingColonAndSpaceTrimmed() {
    String export = "{\"Evil\\u202e\\n:\": {\"Sub\\u0000\": [{\"Date\": \"2021-01-01\"}]}}";

    ExportReading reading =
        READER.read("f.json", new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)));

    assertThat(reading.categories())
        .containsExactly(category("Evil?/Sub?", 1, "2021-01-01", "2021-01-01"));
    assertThat(reading.generation()).isEqualTo(Generation.UNKNOWN);
  }
}
