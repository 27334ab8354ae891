package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an attack run found in the JSON Lines reader of collective letters and in the letter facts
 * reader (issue "Hostile input"): one row per finding, refused with the field path and never with
 * the hostile value; a byte-order mark is tolerated; a file changed between the passes changes
 * nothing.
 */
class HostileLinesTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create(Fixtures.CLOCK);
  private static final String GOOD = "{\"id\":\"a\",\"name\":\"Ana Ek\",\"residence\":\"NL\"}";

  /** A line of a cover letter: the participant with the day their mandate was signed. */
  private static String signed(String participant) {
    return "{\"participant\":" + participant + ",\"facts\":{\"signedOn\":\"2026-11-20\"}}";
  }

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(
            "top-level key with a bidi override",
            "{\"participant\":" + GOOD + ",\"Zzsecret\u202ELukleak\":1}",
            "participants.1.<redacted>",
            ViolationCode.UNKNOWN_FIELD,
            "Lukleak"),
        Arguments.of(
            "top-level key with a terminal escape",
            "{\"participant\":" + GOOD + ",\"\\u001B]0;PWNED\\u0007\":1}",
            "participants.1.<redacted>",
            ViolationCode.UNKNOWN_FIELD,
            "PWNED"),
        Arguments.of(
            "birthDate 3000 (a number)",
            "{\"id\":\"a\",\"name\":\"Ana Ek\",\"residence\":\"NL\",\"birthDate\":3000}",
            "participants.1.birthDate",
            ViolationCode.MALFORMED_JSON,
            "3000"),
        Arguments.of(
            "facts received 3000 (a number)",
            "{\"participant\":" + GOOD + ",\"facts\":{\"received\":3000}}",
            "participants.1.facts.received",
            ViolationCode.MALFORMED_JSON,
            "3000"),
        Arguments.of(
            "facts due in year 999999999",
            "{\"participant\":" + GOOD + ",\"facts\":{\"due\":\"+999999999-12-31\"}}",
            "participants.1.facts.due",
            ViolationCode.MALFORMED_JSON,
            "999999999"),
        Arguments.of(
            "facts validUntil 1899",
            "{\"participant\":" + GOOD + ",\"facts\":{\"validUntil\":\"1899-12-31\"}}",
            "participants.1.facts.validUntil",
            ViolationCode.INVALID_VALUE,
            "1899"),
        Arguments.of(
            "facts null event",
            "{\"participant\":" + GOOD + ",\"facts\":{\"events\":[null]}}",
            "participants.1.facts.events.0",
            ViolationCode.MALFORMED_JSON,
            "[null]"),
        Arguments.of(
            "facts subDelegation \"true\" (a text)",
            "{\"participant\":" + GOOD + ",\"facts\":{\"subDelegation\":\"true\"}}",
            "participants.1.facts.subDelegation",
            ViolationCode.MALFORMED_JSON,
            "\"true\""),
        Arguments.of(
            "facts subDelegation 1 (a number)",
            "{\"participant\":" + GOOD + ",\"facts\":{\"subDelegation\":1}}",
            "participants.1.facts.subDelegation",
            ViolationCode.MALFORMED_JSON,
            "subDelegation\":1"),
        Arguments.of(
            "signature signedAt 1e300",
            "{\"participant\":"
                + GOOD
                + ",\"facts\":{\"signature\":{\"kind\":\"TYPED\",\"typedName\":\"Ana Ek\","
                + "\"signedAt\":1e300}}}",
            "participants.1.facts.signature.signedAt",
            ViolationCode.MALFORMED_JSON,
            "1e300"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void count_hostileLine_refusedWithPathAndWithoutTheValue(
      String finding, String line, String field, ViolationCode code, String hostile)
      throws Exception {
    Path file = Files.createTempFile("hostile", ".jsonl");
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
      InvalidInputException e;
      try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
        e = catchThrowableOfType(source::count, InvalidInputException.class);
      }

      assertThat(e).as(finding).isNotNull();
      assertThat(e.violations())
          .extracting(Violation::field, Violation::code)
          .contains(Tuple.tuple(field, code));
      assertThat(e.getMessage()).doesNotContain(hostile);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void count_byteOrderMarkAtTheStart_isTolerated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(text, 0, both, bom.length, text.length);
    Files.write(file, both);

    try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
      assertThat(source.count()).isEqualTo(1);
      assertThat(source.entries().next().participant().id()).isEqualTo("a");
    }
  }

  @Test
  void count_twoLinesWith60000UnknownFieldsEach_reportsAtMost100(@TempDir Path dir)
      throws Exception {
    StringBuilder line = new StringBuilder("{\"participant\":" + GOOD);
    for (int i = 0; i < 60_000; i++) {
      line.append(",\"x").append(i).append("\":1");
    }
    line.append('}');
    Path file = dir.resolve("p.jsonl");
    Files.writeString(file, line + "\n" + line + "\n", StandardCharsets.UTF_8);

    InvalidInputException e;
    try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
      e = catchThrowableOfType(source::count, InvalidInputException.class);
    }

    assertThat(e.violations()).hasSize(InvalidInputException.MAX_VIOLATIONS);
    assertThat(e.getMessage()).hasSizeLessThan(10_000);
  }

  /**
   * The file is rewritten (a bad line in place of a good one, and one more line) after the first
   * volume reached the sink: the letter is written from what was checked, whole and unchanged.
   */
  @Test
  void writeCollective_fileChangedBetweenThePasses_writesWhatWasChecked(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("p.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      lines
          .append(signed("{\"id\":\"p-" + i + "\",\"name\":\"N\",\"residence\":\"NL\"}"))
          .append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation())
            .withVolumeSize(2);
    List<Volume> written = new ArrayList<>();

    CollectiveResult result;
    try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
      result =
          Fixtures.LETTERS.writeCollective(
              input,
              source,
              volume -> {
                written.add(volume);
                if (volume.number() == 1) {
                  Files.writeString(
                      file,
                      lines.toString().replace("\"id\":\"p-4\"", "\"id\":\"p 4\"")
                          + signed("{\"id\":\"p-7\",\"name\":\"N\",\"residence\":\"NL\"}")
                          + "\n",
                      StandardCharsets.UTF_8);
                }
              });
    }

    assertThat(result.participants()).isEqualTo(6);
    assertThat(written).extracting(Volume::participants).containsExactly(2, 2, 2);
  }

  /**
   * Blank lines part positions from line numbers: a name the fonts cannot draw and a signature
   * whose pixels do not decode (found only while its volume is composed) are named by the line.
   */
  @Test
  void writeCollective_afterBlankLines_namesTheLineNotThePosition(@TempDir Path dir)
      throws Exception {
    String corrupt = Pngs.base64(Pngs.header(100, 50));
    String lines =
        signed(GOOD)
            + "\n\n\n"
            + signed("{\"id\":\"b\",\"name\":\"Ana \u4E2D\",\"residence\":\"NL\"}")
            + "\n";
    String drawn =
        signed(GOOD)
            + "\n\n{\"participant\":{\"id\":\"b\",\"name\":\"Bo\",\"residence\":\"NL\"},"
            + "\"facts\":{\"signedOn\":\"2025-03-01\",\"signature\":{\"kind\":\"DRAWN\","
            + "\"imagePng\":\""
            + corrupt
            + "\",\"signedAt\":\"2025-03-01T10:00:00Z\"}}}\n";
    CollectiveInput input =
        CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation())
            .withVolumeSize(1);

    List<String> fields = new ArrayList<>();
    for (String content : List.of(lines, drawn)) {
      Path file = Files.writeString(dir.resolve("p.jsonl"), content, StandardCharsets.UTF_8);
      List<Integer> volumes = new ArrayList<>();
      try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
        InvalidInputException e =
            catchThrowableOfType(
                () ->
                    Fixtures.LETTERS.writeCollective(
                        input, source, volume -> volumes.add(volume.number())),
                InvalidInputException.class);
        e.violations().forEach(v -> fields.add(v.field() + " " + v.code()));
      }
      assertThat(volumes).hasSizeLessThanOrEqualTo(1);
    }

    assertThat(fields)
        .containsExactly(
            "participants.4.name INVALID_VALUE",
            "participants.3.facts.signature.imagePng INVALID_VALUE");
  }

  /** The same when the check and the entries are asked for by hand. */
  @Test
  void entries_fileReplacedAfterCount_areTheCountedOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.jsonl");
    Files.writeString(file, GOOD + "\n", StandardCharsets.UTF_8);
    try (CollectiveSource source = CollectiveSource.jsonLines(file, VALIDATOR)) {
      assertThat(source.count()).isEqualTo(1);
      Files.writeString(file, "{\"id\":\"evil\",\"name\":\"\",\"residence\":\"XX\"}\n");

      List<String> ids = new ArrayList<>();
      source.entries().forEachRemaining(entry -> ids.add(entry.participant().id()));
      assertThat(ids).containsExactly("a");
    }
  }

  static Stream<Arguments> facts() {
    return Stream.of(
        Arguments.of("received 3000", "{\"received\":3000}", "received", "3000"),
        Arguments.of("received [2025,3,18]", "{\"received\":[2025,3,18]}", "received", "2025"),
        Arguments.of("due with a time", "{\"due\":\"2025-04-22T00:00:00Z\"}", "due", "2025-04-22"),
        Arguments.of("signedOn year 0", "{\"signedOn\":\"0000-01-01\"}", "signedOn", "0000"),
        Arguments.of("missing [null]", "{\"missing\":[null]}", "missing.0", "[null]"),
        Arguments.of("signedAt 42", "{\"signedAt\":42}", "signedAt", "42"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void readFacts_hostileValue_refusedWithPath(
      String finding, String json, String field, String hostile) {
    RequestFacts reader = RequestFacts.of(VALIDATOR, Lifecycle.standard());

    InvalidInputException e =
        catchThrowableOfType(
            () ->
                reader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    Fixtures.controller("tiktok"),
                    LocalDate.of(2026, 11, 28)),
            InvalidInputException.class);

    assertThat(e).as(finding).isNotNull();
    assertThat(e.violations()).extracting(Violation::field).contains(field);
    assertThat(e.getMessage()).doesNotContain(hostile);
  }
}
