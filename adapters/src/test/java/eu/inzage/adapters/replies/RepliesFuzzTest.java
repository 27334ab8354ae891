package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.inzage.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * Fuzz tests of the reply readers: whatever the bytes, a reader returns a reading or throws {@link
 * InvalidInputException} (a {@link RejectedReplyException}) whose message holds no control
 * character; nothing else escapes (no other exception, no {@code OutOfMemoryError}, no {@code
 * StackOverflowError}). In the normal build these run in regression mode over the corpus in {@code
 * src/test/resources/eu/inzage/adapters/replies/RepliesFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class RepliesFuzzTest {
  private static final SafeArchive ARCHIVE =
      SafeArchive.builder().limits(new ArchiveLimits(1 << 22, 100, 200, 2)).build();
  private static final TikTokExportReader READER =
      TikTokExportReader.builder().archive(ARCHIVE).build();
  private static final ZoomReplyReader ZOOM = ZoomReplyReader.builder().archive(ARCHIVE).build();

  @FuzzTest(maxDuration = "60s")
  void archive(byte[] input) {
    try {
      ARCHIVE.read(
          "fuzz.zip",
          new ByteArrayInputStream(input),
          (entry, content) -> {
            assertThat(entry.path()).doesNotStartWith("/").doesNotContain("\\");
            assertThat(entry.path().split("/", -1)).doesNotContain("..");
            assertThat(entry.depth()).isBetween(0, 2);
            content.transferTo(OutputStream.nullOutputStream());
          });
    } catch (InvalidInputException e) {
      assertSafe(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void tiktok(byte[] input) {
    try {
      check(READER.read("user_data.json", new ByteArrayInputStream(input)));
    } catch (InvalidInputException e) {
      assertSafe(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void tiktokArchive(byte[] input) {
    try {
      check(READER.readArchive("tiktok.zip", new ByteArrayInputStream(input)));
    } catch (InvalidInputException e) {
      assertSafe(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void zoom(byte[] input) {
    try {
      ExportReading reading = ZOOM.readArchive("reply.zip", new ByteArrayInputStream(input));
      check(reading);
      assertThat(reading.generation()).isEqualTo(Generation.ZOOM);
      assertThat(reading.mediaBytes()).isLessThanOrEqualTo(ARCHIVE.limits().maxTotalBytes());
    } catch (InvalidInputException e) {
      assertSafe(e);
    }
  }

  private static void check(ExportReading reading) {
    assertThat(reading.categories()).hasSizeLessThanOrEqualTo(1000);
    assertThat(reading.unparseableDates()).isNotNegative();
    assertThat(reading.brokenRecords()).isNotNegative();
    assertThat(reading.unreadFiles()).isNotNegative();
    for (Category c : reading.categories()) {
      assertThat(c.name().codePoints()).noneMatch(Character::isISOControl);
      assertThat(c.records()).isNotNegative();
      assertThat(c.first() == null).isEqualTo(c.last() == null);
      if (c.first() != null) {
        assertThat(c.first()).isBeforeOrEqualTo(c.last());
      }
    }
  }

  private static void assertSafe(InvalidInputException e) {
    assertThat(e.violations()).isNotEmpty();
    assertThat(e.violations().get(0).field()).isEqualTo("export");
    assertThat(e.getMessage().codePoints()).noneMatch(Character::isISOControl);
  }
}
