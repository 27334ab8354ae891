package eu.inzage.benchmarks;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.letters.CollectiveEntry;
import eu.inzage.letters.CollectiveInput;
import eu.inzage.letters.CollectiveKind;
import eu.inzage.letters.CollectiveSource;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.Letters;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One volume of a collective cover letter for 100 participants (letter, annex and 100 bilingual
 * mandates in one PDF/A-2b file) against the baseline of what the single-letter API gives: the same
 * 100 mandates, each rendered as a PDF/A file of its own. Throughput in volumes (or sets of 100
 * mandates) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CollectiveLetterBenchmark {
  private static final int PARTICIPANTS = 100;

  /** A mandate is dated by its signature, bundled or alone. */
  private static final LetterFacts SIGNED =
      LetterFacts.builder().signedOn(LocalDate.of(2026, 11, 27)).build();

  private Letters letters;
  private ControllerProfile tiktok;
  private Organisation organisation;
  private List<CollectiveEntry> entries;
  private CollectiveInput input;

  /** Builds the participants. */
  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
    letters = Letters.builder().clock(clock).build();
    tiktok = ControllerProfiles.builtIn().require("tiktok");
    organisation =
        Organisation.builder()
            .name("Stichting Inzage Collectief")
            .legalForm("stichting")
            .registration("KvK 12345678")
            .address(Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"))
            .email("verzoeken@inzage.example")
            .website("https://inzage.example")
            .signatory("mr. A. de Vries")
            .build();
    entries = new ArrayList<>();
    for (int i = 1; i <= PARTICIPANTS; i++) {
      entries.add(
          new CollectiveEntry(
              Participant.builder()
                  .id("p-" + i)
                  .name("Zoë Ångström-Łukasiewicz " + i)
                  .email("p" + i + "@example.org")
                  .birthDate(LocalDate.of(1990, 2, 14))
                  .residence("NL")
                  .language("nl")
                  .address(Address.of("Prinsengracht " + i, "1016 GV", "Amsterdam", "NL"))
                  .account("tiktok", new Account("@p" + i, "p" + i + "@example.org", null, null))
                  .build(),
              SIGNED));
    }
    input =
        CollectiveInput.of(CollectiveKind.COVER, tiktok, organisation).withVolumeSize(PARTICIPANTS);
  }

  /** One volume with the annex and 100 mandates; returns its size. */
  @Benchmark
  public long collectiveVolume() throws IOException {
    long[] bytes = {0};
    letters.writeCollective(
        input, CollectiveSource.of(entries::iterator), v -> bytes[0] += v.pdf().size());
    return bytes[0];
  }

  /** Baseline: the same 100 mandates as 100 separate PDF/A files. */
  @Benchmark
  public long baselineSeparateMandates() {
    long bytes = 0;
    for (CollectiveEntry entry : entries) {
      bytes +=
          letters
              .compose(
                  LetterInput.of(LetterKind.MANDATE, entry.participant(), tiktok, organisation)
                      .withFacts(SIGNED))
              .toPdf()
              .size();
    }
    return bytes;
  }
}
