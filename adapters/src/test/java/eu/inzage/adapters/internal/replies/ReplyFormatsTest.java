package eu.inzage.adapters.internal.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The small rules of the Zoom and TXT readers: date names, US dates, dates in paths, cues, keys.
 */
class ReplyFormatsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Start Time|true",
        "Join Time|true",
        "Date|true",
        "created_at|true",
        "createdAt|true",
        "start_time|true",
        "Timestamp|true",
        "Time|true",
        "Time Zone|false",
        "Timezone|false",
        "Duration (Minutes)|false",
        "Total time|false",
        "At|false",
        "Attendee|false",
        "Topic|false",
        "User Email|false",
        "Meeting ID|false"
      })
  void aNameNamesADateOrTime(String name, boolean expected) {
    assertThat(Dates.isDateName(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "03/01/2021 10:15:30 AM|2021-03-01",
        "3/1/2021|2021-03-01",
        "12/24/2022, 09:00|2022-12-24",
        "2023-01-05 08:00:00|2023-01-05",
        "2024-02-01T10:00:00Z|2024-02-01",
        "1652000000|2022-05-08",
        "31/12/2021|",
        "02/30/2021|",
        "03/01/21|",
        "03-01-2021|",
        "yesterday|"
      })
  void usDatesAreReadMonthFirst(String text, String expected) {
    long day = Dates.usEpochDay(text.toCharArray(), 0, text.length());

    assertThat(day == Dates.NONE ? null : LocalDate.ofEpochDay(day))
        .isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Recordings/2021-03-01 10.15.30 Weekly 123/zoom_0.mp4|2021-03-01",
        "GMT20220315-090000_Recording.transcript.vtt|2022-03-15",
        "x.zip!/2020-02-29 notes/chat.txt|2020-02-29",
        "Recordings/2021-02-30 x/2021-04-01/a.vtt|2021-04-01",
        "Recordings/12021-03-01/a.vtt|",
        "chat.txt|"
      })
  void aDateInAPath(String path, String expected) {
    long day = Dates.inPath(path);

    assertThat(day == Dates.NONE ? null : LocalDate.ofEpochDay(day))
        .isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "00:00:01.000 --> 00:00:04.000|true",
        "01:02.500 --> 01:03.000 align:start position:10%|true",
        "100:00:00.000 --> 100:00:00.000|true",
        "00:00:09.000 --> 00:00:04.000|false",
        "00:00:01 --> 00:00:04|false",
        "00:61:01.000 --> 00:62:04.000|false",
        "-->|false"
      })
  void aCueTiming(String line, boolean readable) {
    assertThat(ZoomScan.timing(line)).isEqualTo(readable);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date: 2021-07-28 10:15:30|4",
        "Video Link: https://www.tiktokv.com/|10",
        "Profile Info:|12",
        "https://www.tiktokv.com/share|-1",
        ">>> Chat History with x:|-1",
        "just text|-1",
        "Content:no space|-1"
      })
  void aKeyValueLine(String line, int key) {
    assertThat(TikTokTxtScan.keyLength(line.toCharArray(), line.length())).isEqualTo(key);
  }
}
