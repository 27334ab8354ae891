package eu.inzage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every recipe runs as a user would run it, and prints what its Javadoc promises. */
class RecipesTest {
  private static final Path README = Path.of("../README.md");
  private static final Path SAMPLES = Path.of("../docs/samples");

  private static String run(ThrowingMain main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStart_bundledParticipant_printsRedactedParticipantAndTikTok() throws Exception {
    String output = run(() -> QuickStart.main(new String[0]));

    assertThat(output)
        .contains("Participant[id=p-000123, residence=NL, <redacted>]")
        .contains("TikTok Technology Limited, deadline calendar IE")
        .doesNotContain("Zoë");
  }

  @Test
  void deadlineAndDocket_extendedTikTokRequest_dueEighthOfJuneAndReminderDue() throws Exception {
    String output = run(() -> DeadlineAndDocket.main(new String[0]));

    assertThat(output.lines())
        .containsExactly("due 2021-06-08 (IE)", "EXTENDED, overdue true, next REMINDER");
  }

  @Test
  void controllersAndChoice_allOfferedAndTwoOwnPicks_saysWhatIsMissingPerController()
      throws Exception {
    String output =
        run(
            () ->
                ControllersAndChoice.main(new String[] {SAMPLES.resolve("directory").toString()}));

    assertThat(output.lines())
        .containsExactly(
            "ControllerRegistry[5 controllers]",
            "tiktok ORGANISATION ready=true missing=[phone]",
            "zoom ORGANISATION ready=true missing=[]",
            "palantir ORGANISATION ready=false missing=[email]",
            "goldgas PARTICIPANT ready=true missing=[]",
            "acme PARTICIPANT ready=false missing=[userId]",
            "An e-mail address under which Palantir, or an organisation that uses Palantir's"
                + " software, may hold data about you.");
  }

  @Test
  void checkEligibility_dutchAdult_eligibleForSomiButNotForABelgianCampaign() throws Exception {
    String output = run(() -> CheckEligibility.main(new String[0]));

    assertThat(output.lines())
        .containsExactly(
            "somi-2021: eligible true",
            "my-campaign: [RESIDENCE_OUTSIDE_TERRITORY, MANDATE_MISSING]");
  }

  @Test
  void singleLetter_accessToTikTok_statesTheDueDate() throws Exception {
    String output = run(() -> SingleLetter.main(new String[0]));

    assertThat(output).contains("PDF/A-2b, ").contains("text mentions due date: true");
    assertThat(output.lines().findFirst().orElseThrow()).isNotBlank();
  }

  @Test
  void collectiveLetter_threeParticipantsVolumesOfTwo_twoVolumes() throws Exception {
    String output = run(() -> CollectiveLetter.main(new String[0]));

    assertThat(output.lines()).hasSize(3).element(2).isEqualTo("3 participants in 2 volumes");
    assertThat(output)
        .contains("volume 1: 2 participants, ")
        .contains("volume 2: 1 participants, ");
  }

  @Test
  void vaultSealAndOpen_export_opensToTheSameBytes() throws Exception {
    String output = run(() -> VaultSealAndOpen.main(new String[0]));

    assertThat(output.lines())
        .containsExactly("sealed tiktok-2026 for p-000123", "opened: {\"videos\": 3}");
  }

  @Test
  void envelopeForMandates_idCopyChecked_leavesTheMandateAndOneNote() throws Exception {
    String output = run(() -> EnvelopeForMandates.main(new String[0]));

    assertThat(output.lines())
        .containsExactly("mandate opened: 23 bytes", "documents kept: 1", "ID checks noted: 1");
  }

  @Test
  void libraryTour_samples_fromOrganisationToAnOpenedObject() throws Exception {
    String output = run(() -> LibraryTour.main(new String[] {SAMPLES.toString()}));

    assertThat(output.lines())
        .contains(
            "organisation: Stichting Inzage Collectief",
            "eligible: true",
            "due: 2025-10-01",
            "opened equals the export: true");
  }

  /**
   * The README's "Use as a library" snippet is the recipe's code: the {@code java} block after the
   * line {@code <!-- recipe: eu.inzage.examples.LibraryTour -->} equals the lines between {@code //
   * README begin} and {@code // README end} in the recipe, less their common indentation.
   */
  @Test
  void readme_libraryTourSnippet_isTheRecipesCode() throws Exception {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    int marker = readme.indexOf("<!-- recipe: eu.inzage.examples.LibraryTour -->");
    assertThat(marker).as("marker in README.md").isNotNegative();
    assertThat(readme.get(marker + 1)).isEqualTo("```java");
    int end = readme.subList(marker + 2, readme.size()).indexOf("```") + marker + 2;
    List<String> shown = readme.subList(marker + 2, end);

    List<String> source =
        Files.readAllLines(
            Path.of("src/main/java/eu/inzage/examples/LibraryTour.java"), StandardCharsets.UTF_8);
    int from = source.indexOf("    // README begin") + 1;
    int to = source.indexOf("    // README end");
    List<String> recipe =
        source.subList(from, to).stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .toList();

    assertThat(shown).isEqualTo(recipe);
  }

  @FunctionalInterface
  interface ThrowingMain {
    void run() throws Exception;
  }
}
