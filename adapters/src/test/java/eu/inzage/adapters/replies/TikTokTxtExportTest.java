package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** TikTok's "Download your data" in TXT, read by {@link TikTokExportReader#readArchive}. */
class TikTokTxtExportTest {
  private static final TikTokExportReader READER =
      TikTokExportReader.builder()
          .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
          .build();

  static final String BROWSING =
      "Date: 2021-07-28 10:15:30\n"
          + "Link: https://www.tiktokv.com/share/video/1/\n"
          + "\n"
          + "Date: 2022-01-02 08:00:00\r\n"
          + "Link: https://www.tiktokv.com/share/video/2/\r\n"
          + "\r\n"
          + "a line without a key\r\n"
          + "Link: https://www.tiktokv.com/share/video/2/\r\n"
          + "\r\n"
          + "\r\n"
          + "Date: 28/07/2021 10:00:00\n"
          + "Link: https://www.tiktokv.com/share/video/3/\n";

  static final String LOGINS =
      "\uFEFFDate: 2020-05-05 10:00:00\nIP: 192.0.2.1\nDeviceModel: iPhone\n\n"
          + "Date: 1652000000\nIP: 192.0.2.2\n";

  static final String MESSAGES =
      ">>> Chat History with alice_01:\n"
          + "\n"
          + "Date: 2022-03-03 12:00:00\nFrom: alice_01\nContent: first line of a secret\n"
          + "the message goes on\n"
          + "\n"
          + "Date: 2022-03-04 12:00:00\nFrom: zoe\nContent: hi\n";

  static final String PROFILE =
      "Profile Info:\nUsername: zoe\nEmail: zoe@example.org\nBirthdate: 01-Jan-1990\n";

  static byte[] export() {
    return new TestZip()
        .file("TikTok_Data/Activity/Browsing History.txt", BROWSING)
        .file("TikTok_Data/Activity/Login History.txt", LOGINS)
        .file("TikTok_Data/Activity/Purchases.txt", "")
        .file("TikTok_Data/Direct Messages/Direct Messages.txt", MESSAGES)
        .file("TikTok_Data/Profile/Profile Info.txt", PROFILE)
        .file("TikTok_Data/README.pdf", "%PDF-1.4 not read")
        .bytes();
  }

  private static Category category(String name, long records, String first, String last) {
    return new Category(
        name,
        records,
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last));
  }

  @Test
  void theTxtExportIsReadWhenTheArchiveHoldsNoJson() {
    ExportReading reading = READER.readArchive("tiktok.zip", new ByteArrayInputStream(export()));

    assertThat(reading.generation()).isEqualTo(Generation.TXT);
    assertThat(reading.categories())
        .containsExactly(
            category("Activity/Browsing History", 4, "2021-07-28", "2022-01-02"),
            category("Activity/Login History", 2, "2020-05-05", "2022-05-08"),
            category("Activity/Purchases", 0, null, null),
            // the chat's heading is no record, a message's second line is no block
            category("Direct Messages/Direct Messages", 2, "2022-03-03", "2022-03-04"),
            category("Profile/Profile Info", 1, null, null),
            category(ExportReading.UNREAD_FILES, 1, null, null));
    assertThat(reading.unparseableDates()).isEqualTo(1);
    // a block that starts with neither "Key: value" nor a heading
    assertThat(reading.brokenRecords()).isEqualTo(1);
    assertThat(reading.unreadFiles()).isEqualTo(1);
    assertThat(reading.toString())
        .doesNotContain("alice")
        .doesNotContain("secret")
        .doesNotContain("zoe")
        .doesNotContain("1990");
  }

  @Test
  void aJsonExportBesideTxtFilesIsTheExport() {
    byte[] zip =
        new TestZip()
            .file("Activity/Login History.txt", LOGINS)
            .file(
                "user_data_tiktok.json",
                "{\"Your Activity\": {\"Login History\": {\"LoginHistoryList\": []}}}")
            .file("Profile/Profile Info.txt", PROFILE)
            .bytes();

    ExportReading reading = READER.readArchive("tiktok.zip", new ByteArrayInputStream(zip));

    assertThat(reading.generation()).isEqualTo(Generation.CURRENT);
    assertThat(reading.categories())
        .containsExactly(category("Your Activity/Login History", 0, null, null));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"This archive holds your data.\nRead it with care.\n", "", "\n\n  \n"})
  void textFilesOfAnotherShape_orEmpty_areNoExport(String text) {
    byte[] zip = new TestZip().file("README.txt", text).bytes();

    RejectedReplyException e =
        catchThrowableOfType(
            RejectedReplyException.class,
            () -> READER.readArchive("tiktok.zip", new ByteArrayInputStream(zip)));

    assertThat(e.reason()).isEqualTo(Reason.NO_EXPORT);
    assertThat(e.getMessage())
        .contains("holds no user_data_tiktok.json nor user_data.json nor TXT export");
  }
}
