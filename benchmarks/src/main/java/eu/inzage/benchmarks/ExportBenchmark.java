package eu.inzage.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import eu.inzage.adapters.replies.ArchiveLimits;
import eu.inzage.adapters.replies.ExportReading;
import eu.inzage.adapters.replies.Generation;
import eu.inzage.adapters.replies.ReplyAssessor;
import eu.inzage.adapters.replies.SafeArchive;
import eu.inzage.adapters.replies.SealedAssessment;
import eu.inzage.adapters.replies.SealingAssessor;
import eu.inzage.adapters.replies.TikTokExportGenerator;
import eu.inzage.adapters.replies.TikTokExportReader;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a generated 100 MB TikTok export (current generation, every trap of the generator) with
 * {@link TikTokExportReader} against Jackson's streaming parser visiting every token of the same
 * file and doing nothing else ({@link #baselineJacksonTokenScan}). Both read from the file, so that
 * the export never sits in the heap: run with {@code -jvmArgs -Xmx128m}. One operation is the whole
 * file: MB/s = ops/s x 100. Target: {@link #readExport} at least 0.6 x the baseline, and {@link
 * #readAndSealExport} — the same file assessed and sealed to a participant in one pass by {@link
 * SealingAssessor} (the vault encrypting every byte; its data blobs counted and dropped by a sink
 * store, as the baseline drops its tokens) — at least 0.5 x.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ExportBenchmark {
  static final long SIZE = 100L * 1000 * 1000;

  private Path file;
  private TikTokExportReader reader;
  private JsonFactory factory;
  private SealingAssessor sealing;
  private SealMetadata metadata;
  private long counter;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("inzage-export-bench", ".json");
    TikTokExportGenerator.Expected expected;
    try (OutputStream out = Files.newOutputStream(file)) {
      expected = TikTokExportGenerator.write(Generation.CURRENT, SIZE, 42, out);
    }
    SafeArchive archive = SafeArchive.builder().limits(ArchiveLimits.defaults()).build();
    reader = TikTokExportReader.builder().archive(archive).build();
    factory = new JsonFactory();
    ParticipantPrivateKey participant = ParticipantPrivateKey.generate();
    metadata = new SealMetadata(participant.publicKey(), "application/json", "tiktok");
    sealing =
        SealingAssessor.builder()
            .assessor(ReplyAssessor.builder().archive(archive).build())
            .vault(
                Vault.builder()
                    .store(new SinkBlobStore())
                    .clock(Clock.systemUTC())
                    .signingKey(OrganisationSigningKey.generate())
                    .build())
            .build();
    if (!readAndSealExport().assessment().categories().equals(expected.reading().categories())) {
      throw new IllegalStateException("the one-pass reader does not read what the generator wrote");
    }
    if (!readExport().equals(expected.reading())) {
      throw new IllegalStateException("the reader does not read what the generator wrote");
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The export read into categories, counts and date ranges. */
  @Benchmark
  public ExportReading readExport() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read("user_data_tiktok.json", in);
    }
  }

  /** The export assessed and sealed to the participant in one pass over the file. */
  @Benchmark
  public SealedAssessment readAndSealExport() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sealing.assess("user_data_tiktok.json", in, "p-bench", "o" + counter++, metadata);
    }
  }

  /** Every token of the same file, with nothing done: the floor of any streaming reader. */
  @Benchmark
  public long baselineJacksonTokenScan() throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = factory.createParser(in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
