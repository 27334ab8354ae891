package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.adapters.replies.RejectedReplyException.Reason;
import eu.inzage.core.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeArchiveTest {
  private static final SafeArchive DEFAULTS =
      SafeArchive.builder().limits(ArchiveLimits.defaults()).build();

  /** Reads the archive; each visited file as "path@position/depth=content". */
  private static List<String> visit(SafeArchive archive, byte[] zip) {
    List<String> seen = new ArrayList<>();
    archive.read(
        "reply.zip",
        new ByteArrayInputStream(zip),
        (entry, content) ->
            seen.add(
                entry.path()
                    + "@"
                    + entry.position()
                    + "/"
                    + entry.depth()
                    + "="
                    + new String(content.readAllBytes(), StandardCharsets.UTF_8)));
    return seen;
  }

  private static RejectedReplyException refusal(SafeArchive archive, byte[] zip) {
    return catchThrowableOfType(() -> visit(archive, zip), RejectedReplyException.class);
  }

  private static SafeArchive limited(long total, int ratio, int entries, int depth) {
    return SafeArchive.builder().limits(new ArchiveLimits(total, ratio, entries, depth)).build();
  }

  @Test
  void read_filesDirectoriesAndNestedArchives_visitsEachFileWithItsPath() {
    byte[] inner = new TestZip().file("c.txt", "gamma").bytes();
    byte[] zip =
        new TestZip()
            .file("a.txt", "alpha")
            .directory("dir/")
            .file("dir/b.txt", "beta")
            .file("inner.ZIP", inner)
            .bytes();

    assertThat(visit(DEFAULTS, zip))
        .containsExactly("a.txt@1/0=alpha", "dir/b.txt@3/0=beta", "inner.ZIP!/c.txt@1/1=gamma");
  }

  @Test
  void read_archiveOfZipOutputStream_withDataDescriptors() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("one.txt"));
      out.write("1".repeat(5000).getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("two/two.txt"));
      out.write("2".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(visit(DEFAULTS, bytes.toByteArray()))
        .containsExactly("one.txt@1/0=" + "1".repeat(5000), "two/two.txt@2/0=2");
  }

  @Test
  void read_emptyArchive_visitsNothing() {
    assertThat(visit(DEFAULTS, new TestZip().bytes())).isEmpty();
  }

  static Stream<Arguments> hostileNames() {
    return Stream.of(
        Arguments.of("../evil.txt", Reason.PATH_TRAVERSAL, "a \"..\" segment"),
        Arguments.of("a/../../evil.txt", Reason.PATH_TRAVERSAL, "a \"..\" segment"),
        Arguments.of("a/..", Reason.PATH_TRAVERSAL, "a \"..\" segment"),
        Arguments.of("/etc/passwd", Reason.PATH_TRAVERSAL, "an absolute path"),
        Arguments.of("C:/Windows/evil.dll", Reason.PATH_TRAVERSAL, "a drive letter"),
        Arguments.of("c:evil.txt", Reason.PATH_TRAVERSAL, "a drive letter"),
        Arguments.of("a\\..\\..\\evil.txt", Reason.PATH_TRAVERSAL, "a backslash"),
        Arguments.of("secret\u0007\u001b[2Jname.txt", Reason.BAD_NAME, "control characters"),
        Arguments.of("evil\u202Etxt.exe", Reason.BAD_NAME, "control characters"),
        Arguments.of("x".repeat(1025), Reason.BAD_NAME, "too long"));
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void read_hostileEntryName_refusedNamingThePositionNotTheName(
      String name, Reason reason, String why) {
    byte[] zip = new TestZip().file("fine.txt", "ok").file(name, "payload").bytes();

    RejectedReplyException e = refusal(DEFAULTS, zip);

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.violations().get(0).field()).isEqualTo("export");
    assertThat(e.getMessage()).contains("reply.zip, entry 2").contains(why);
    assertThat(e.getMessage())
        .doesNotContain("evil")
        .doesNotContain("secret")
        .doesNotContain("xxxx");
  }

  @Test
  void read_symbolicLink_refused() {
    byte[] zip = new TestZip().file("a.txt", "a").symlink("link", "/etc/passwd").bytes();

    RejectedReplyException e = refusal(DEFAULTS, zip);

    assertThat(e.reason()).isEqualTo(Reason.SYMLINK);
    assertThat(e.getMessage())
        .isEqualTo(
            "invalid input: export INVALID_VALUE (reply.zip, entry 2: a symbolic link (refused))");
  }

  @Test
  void read_zipBombOfOneGibibyteInAboutOneMegabyte_refusedByTheRatio() {
    byte[] zip = TestZip.bomb("zeros.bin", 1024).bytes();
    assertThat(zip.length).isBetween(500_000, 2_000_000);

    RejectedReplyException e = refusal(DEFAULTS, zip);

    assertThat(e.reason()).isEqualTo(Reason.EXPANSION_RATIO);
    assertThat(e.getMessage()).contains("reply.zip, entry 1: expands more than 100 times");
  }

  @Test
  void read_bombNestedInAnArchive_refusedByTheInnerRatio() {
    byte[] inner = TestZip.bomb("zeros.bin", 64).bytes();
    byte[] zip = new TestZip().file("inner.zip", inner).bytes();

    RejectedReplyException e = refusal(DEFAULTS, zip);

    assertThat(e.reason()).isEqualTo(Reason.EXPANSION_RATIO);
    assertThat(e.getMessage()).contains("reply.zip, entry 1, entry 1: expands more than 100");
  }

  @Test
  void read_moreExpandedBytesThanTheTotal_refused() {
    byte[] random = new byte[3000];
    new java.util.Random(7).nextBytes(random);
    byte[] zip = new TestZip().file("a.bin", random).bytes();

    RejectedReplyException e = refusal(limited(2000, 100, 10, 1), zip);

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("reply.zip, entry 1: more than 2000 bytes expanded");
  }

  @Test
  void read_headerClaimsLessThanTheEntryExpandsTo_refusedNotTrusted() {
    byte[] content = "a".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    byte[] real = new TestZip().file("a.txt", content).bytes();
    // the same deflated data, but the header claims 10 bytes
    byte[] deflated = Arrays.copyOfRange(real, 30 + 5, 30 + 5 + compressedSize(real));
    byte[] lying = new TestZip().deflated("a.txt", deflated, 0, 10).bytes();

    RejectedReplyException e = refusal(DEFAULTS, lying);

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_ARCHIVE);
    assertThat(e.getMessage()).contains("reply.zip, entry 1: not a readable ZIP archive");
  }

  private static int compressedSize(byte[] zip) {
    return (zip[18] & 0xff) | (zip[19] & 0xff) << 8 | (zip[20] & 0xff) << 16;
  }

  @Test
  void read_tooManyEntries_refusedAtTheFirstOneTooMany() {
    byte[] zip = new TestZip().file("1", "1").file("2", "2").file("3", "3").file("4", "4").bytes();

    RejectedReplyException e = refusal(limited(1 << 20, 100, 3, 1), zip);

    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
    assertThat(e.getMessage()).contains("reply.zip, entry 4: more than 3 entries");
  }

  @Test
  void read_nestedDeeperThanTheLimit_refused() {
    byte[] level3 = new TestZip().file("deep.txt", "deep").bytes();
    byte[] level2 = new TestZip().file("l3.zip", level3).bytes();
    byte[] level1 = new TestZip().file("l2.zip", level2).bytes();
    byte[] zip = new TestZip().file("l1.zip", level1).bytes();

    RejectedReplyException e = refusal(limited(1 << 20, 100, 100, 2), zip);

    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.getMessage())
        .contains("reply.zip, entry 1, entry 1, entry 1: an archive nested deeper than 2 levels");
    assertThat(visit(limited(1 << 20, 100, 100, 3), zip))
        .containsExactly("l1.zip!/l2.zip!/l3.zip!/deep.txt@1/3=deep");
  }

  @Test
  void read_truncatedAnywhere_refusedAsTruncatedNeverAPartialResult() {
    byte[] zip = new TestZip().file("a.txt", "a".repeat(2000)).file("b.txt", "bbb").bytes();
    int endOfEntries = indexOf(zip, new byte[] {0x50, 0x4b, 0x01, 0x02});
    int secondEntry = indexOf(zip, new byte[] {'b', '.', 't', 'x', 't'}) - 30;

    for (int cut :
        new int[] {
          40, secondEntry, secondEntry + 10, endOfEntries, endOfEntries + 30, zip.length - 1
        }) {
      RejectedReplyException e = refusal(DEFAULTS, Arrays.copyOf(zip, cut));
      assertThat(e.reason()).as("cut at %d", cut).isEqualTo(Reason.TRUNCATED);
      assertThat(e.getMessage()).as("cut at %d", cut).contains("reply.zip");
    }
  }

  @Test
  void read_notAnArchive_refused() {
    RejectedReplyException e =
        refusal(DEFAULTS, "this is plain text, not a ZIP".getBytes(StandardCharsets.UTF_8));

    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.INVALID_VALUE);
  }

  @Test
  void read_archiveNameWithControlCharacters_replacedInMessages() {
    RejectedReplyException e =
        catchThrowableOfType(
            () ->
                DEFAULTS.read(
                    "bad\nname.zip", new ByteArrayInputStream(new byte[3]), (entry, in) -> {}),
            RejectedReplyException.class);

    assertThat(e.getMessage()).contains("bad?name.zip").doesNotContain("\n");
  }

  static int indexOf(byte[] data, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= data.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
