package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inzage letter} end to end, as a user runs it. */
class LetterCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  private static final String PARTICIPANT =
      "{\"id\":\"p-000123\",\"name\":\"Zoë Ångström-Łukasiewicz\",\"email\":\"zoe@example.org\","
          + "\"birthDate\":\"1990-02-14\",\"residence\":\"DE\",\"language\":\"nl\","
          + "\"accounts\":{\"tiktok\":{\"username\":\"@zoe\"}}}";

  @TempDir Path dir;

  private CommandRun run(String... args) {
    return CommandRun.of(CLOCK, SendingOrganisation.added(args));
  }

  private Path participant() throws Exception {
    return Files.writeString(dir.resolve("p.json"), PARTICIPANT);
  }

  @Test
  void letter_accessAsPdf_writesPdfAAndReportsIt() throws Exception {
    Path out = dir.resolve("access.pdf");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(json.get("pages").asInt()).isGreaterThan(1);
    assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(out));
    assertThat(new String(Files.readAllBytes(out), 0, 8, StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.7");
    assertThat(run.out()).doesNotContain("Zoë");
  }

  @Test
  void letter_complaintAsText_usesTheAuthorityLanguageAndTheRequestFacts() throws Exception {
    Path request =
        Files.writeString(
            dir.resolve("r.json"),
            "{\"received\":\"2026-09-01\",\"due\":\"2026-10-01\",\"missing\":[\"RETENTION\"],"
                + "\"events\":[{\"date\":\"2026-09-20\",\"text\":\"Teilweise Antwort\"}]}");
    Path out = dir.resolve("complaint.txt");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "complaint",
            "--controller",
            "tiktok",
            "--participant",
            Files.writeString(
                    dir.resolve("berlin.json"),
                    PARTICIPANT.replace(
                        "\"residence\":\"DE\",",
                        "\"residence\":\"DE\",\"address\":{\"postalCode\":\"10115\","
                            + "\"city\":\"Berlin\",\"country\":\"DE\"},"))
                .toString(),
            "--request",
            request.toString(),
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).isZero();
    String text = Files.readString(out);
    assertThat(text)
        .contains(
            "Berliner Beauftragte für Datenschutz",
            "1. September 2026",
            "1. Oktober 2026",
            "Teilweise Antwort")
        .contains("die geplante Dauer der Speicherung", "Stichting Inzage");
  }

  @Test
  void letter_badRequestFile_exitsTwoNamingTheFieldAndWritesNothing() throws Exception {
    Path request = Files.writeString(dir.resolve("r.json"), "{\"due\":\"soon\"}");
    Path out = dir.resolve("x.pdf");
    CommandRun run =
        run(
            "letter",
            "--kind",
            "reminder",
            "--controller",
            "zoom",
            "--participant",
            participant().toString(),
            "--request",
            request.toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("request.due").doesNotContain("Zoë");
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_unknownKindOrController_exitsTwo() throws Exception {
    String p = participant().toString();
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "cover",
                    "--controller",
                    "tiktok",
                    "--participant",
                    p,
                    "--out",
                    dir.resolve("a").toString())
                .exit())
        .isEqualTo(2);
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "access",
                    "--controller",
                    "nope",
                    "--participant",
                    p,
                    "--out",
                    dir.resolve("b").toString())
                .exit())
        .isEqualTo(2);
    assertThat(
            run(
                    "letter",
                    "--kind",
                    "access",
                    "--controller",
                    "tiktok",
                    "--participant",
                    p,
                    "--format",
                    "docx",
                    "--out",
                    dir.resolve("c").toString())
                .exit())
        .isEqualTo(2);
  }

  private static final String HISTORY =
      "{\"id\":\"r-0001\",\"participantId\":\"p-000123\",\"controllerId\":\"tiktok\","
          + "\"residence\":\"NL\",\"events\":["
          + "{\"type\":\"submitted\",\"at\":\"2021-03-05T09:30:00Z\",\"channel\":\"WEB_FORM\"},"
          + "{\"type\":\"acknowledged\",\"at\":\"2021-03-06T08:00:00Z\"},"
          + "{\"type\":\"extensionNotified\",\"at\":\"2021-03-30T10:00:00Z\",\"reason\":\"r\"}]}";

  private String text(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
  }

  @Test
  void letter_reminderFromTheRequestJsonOfStatus_citesDatesFromTheDeadlineEngineAndTheEvents()
      throws Exception {
    Path request = Files.writeString(dir.resolve("request.json"), HISTORY);
    Path out = dir.resolve("reminder.txt");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "reminder",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--request",
            request.toString(),
            "--lang",
            "en",
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(text(out))
        .contains("Our request reached you on 5 March 2021.")
        .contains("ended on 8 June 2021") // 5 June + 3 months, Irish bank holiday 7 June 2021
        .contains("6 March 2021: The controller acknowledged receipt")
        .contains("Art. 15(1)(c) GDPR: the recipients");
  }

  @Test
  void letter_erasure_needsTheDatedInstructionInTheFacts() throws Exception {
    Path without = Files.writeString(dir.resolve("none.json"), "{}");
    Path with =
        Files.writeString(
            dir.resolve("instructed.json"),
            "{\"erasureInstructedOn\":\"2026-11-20\",\"copyReceived\":\"2026-11-10\"}");
    Path out = dir.resolve("erasure.txt");

    CommandRun refused =
        run(
            "letter",
            "--kind",
            "erasure",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--request",
            without.toString(),
            "--lang",
            "en",
            "--format",
            "text",
            "--out",
            out.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("erasureInstructedOn").doesNotContain("Zoë");
    assertThat(out).doesNotExist();

    CommandRun written =
        run(
            "letter",
            "--kind",
            "erasure",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--request",
            with.toString(),
            "--lang",
            "en",
            "--format",
            "text",
            "--out",
            out.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(text(out))
        .contains("Request for erasure of personal data (Article 17 GDPR)")
        .contains("Erasure instruction signed by Zoë Ångström-Łukasiewicz on 20 November 2026");
  }

  @Test
  void letter_accessSentOnByEmail_statesTheDueDateOfARequestSentThatDay() throws Exception {
    Path out = dir.resolve("access.txt");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "zoom",
            "--participant",
            participant().toString(),
            "--sent-on",
            "2026-11-28",
            "--channel",
            "email",
            "--lang",
            "en",
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    // received 2026-11-28 (San Jose), one month: Monday 2026-12-28, a working day in Ireland
    // (St. Stephen's Day on Saturday 26 December gives no substitute public holiday)
    assertThat(text(out)).contains("that period ends on 28 December 2026");
  }

  @Test
  void letter_requestOfAnotherControllerOrWithIllegalEvents_exitsTwoAndWritesNothing()
      throws Exception {
    Path other = Files.writeString(dir.resolve("other.json"), HISTORY.replace("tiktok", "zoom"));
    Path illegal =
        Files.writeString(
            dir.resolve("illegal.json"),
            HISTORY
                .replace("\"type\":\"submitted\"", "\"type\":\"fulfilled\"")
                .replace(",\"channel\":\"WEB_FORM\"", ""));
    Path out = dir.resolve("never.txt");

    for (Path request : new Path[] {other, illegal}) {
      CommandRun run =
          run(
              "letter",
              "--kind",
              "reminder",
              "--controller",
              "tiktok",
              "--participant",
              participant().toString(),
              "--request",
              request.toString(),
              "--format",
              "text",
              "--out",
              out.toString());
      assertThat(run.exit()).as(request.toString()).isEqualTo(2);
      assertThat(run.err().lines().count()).isEqualTo(1);
      assertThat(run.err()).contains("request.");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_unknownArt15ItemInMissing_exitsTwoNamingTheElementAsInvalidValue() throws Exception {
    Path facts =
        Files.writeString(
            dir.resolve("facts.json"), "{\"missing\":[\"RECIPIENTS\",\"COPY\",\"EVERYTHING\"]}");
    Path out = dir.resolve("never.txt");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "reminder",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--request",
            facts.toString(),
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("request.missing.2 INVALID_VALUE");
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_participantAndParticipants_exitsTwoNamingBothOptions() throws Exception {
    Path out = dir.resolve("never.pdf");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--participants",
            participant().toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("--participant=", "--participants=", "mutually exclusive");
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_sealWithoutPasswordVariable_exitsTwoNamingTheMissingOption() throws Exception {
    Path out = dir.resolve("never.pdf");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--seal",
            dir.resolve("org.p12").toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("--seal-password-env");
    assertThat(out).doesNotExist();
  }

  @Test
  void letter_withoutOrganisation_exitsTwoNamingTheOptionAndWritesNothing() throws Exception {
    for (String kind : new String[] {"access", "mandate", "cover"}) {
      Path out = dir.resolve(kind + ".pdf");
      String recipients = kind.equals("cover") ? "--participants" : "--participant";

      // CommandRun directly: without the shared helper that names the sample organisation
      CommandRun run =
          CommandRun.of(
              CLOCK,
              "letter",
              "--kind",
              kind,
              "--controller",
              "tiktok",
              recipients,
              participant().toString(),
              "--out",
              out.toString());

      assertThat(run.exit()).as(kind).isEqualTo(2);
      assertThat(run.err()).contains("organisation", "REQUIRED", "--organisation");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void letter_accessWithoutSendingDay_postalWithoutDueDateOrElectronicSentence() throws Exception {
    Path out = dir.resolve("access.txt");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("channel").asText()).isEqualTo("post");
    assertThat(run.json().get("due").isNull()).isTrue();
    assertThat(Files.readString(out))
        .doesNotContain("by electronic means")
        .doesNotContain("that period ends on")
        .contains("Amsterdam, 28 November 2026");
  }

  @Test
  void letter_accessSentOnByWebForm_dueFromTheSendingDayAndSaysElectronic() throws Exception {
    Path out = dir.resolve("access.txt");

    CommandRun run =
        run(
            "letter",
            "--kind",
            "access",
            "--controller",
            "tiktok",
            "--participant",
            participant().toString(),
            "--sent-on",
            "2026-03-05",
            "--channel",
            "web-form",
            "--format",
            "text",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("channel").asText()).isEqualTo("web-form");
    // one month: Easter Day 5 April 2026; Easter Monday is a public holiday in Ireland
    assertThat(run.json().get("due").asText()).isEqualTo("2026-04-07");
    assertThat(Files.readString(out))
        .contains("As this request is made by electronic means")
        .contains("that period ends on 7 April 2026")
        .contains("Amsterdam, 5 March 2026");
  }

  @Test
  void letter_badChannelOrSendingDay_exitsTwoNamingTheOption() throws Exception {
    String[][] cases = {{"--channel", "pigeon", "channel"}, {"--sent-on", "5 March", "sentOn"}};
    for (String[] c : cases) {
      CommandRun run =
          run(
              "letter",
              "--kind",
              "access",
              "--controller",
              "tiktok",
              "--participant",
              participant().toString(),
              c[0],
              c[1],
              "--out",
              dir.resolve("never.pdf").toString());

      assertThat(run.exit()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).contains(c[2]);
    }
  }
}
