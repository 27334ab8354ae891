package eu.inzage.benchmarks;

import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.WarmUpReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Cold-start throughput of the vault: each measurement runs in a fresh JVM and seals a 256 MiB
 * in-memory stream, with and without {@link Vault#warmUp(Duration)} first. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar eu.inzage.benchmarks.VaultColdStart [warmUpMillis]}.
 */
public final class VaultColdStart {
  private static final int SIZE = 256 * 1024 * 1024;

  private VaultColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(Long.parseLong(args[1]));
      return;
    }
    long warmUpMillis = args.length > 0 ? Long.parseLong(args[0]) : 500;
    for (long budget : new long[] {0, warmUpMillis}) {
      for (int run = 0; run < 2; run++) {
        System.out.println(spawn(budget));
      }
    }
  }

  private static String spawn(long budget) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(VaultColdStart.class.getName(), "child", Long.toString(budget)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    process.waitFor();
    return out;
  }

  private static void child(long budgetMillis) throws IOException {
    long start = System.nanoTime();
    WarmUpReport warm =
        budgetMillis > 0
            ? Vault.warmUp(Duration.ofMillis(budgetMillis))
            : new WarmUpReport(0, Duration.ZERO);
    byte[] plain = new byte[SIZE];
    new Random(1).nextBytes(plain);
    ParticipantPrivateKey participant = ParticipantPrivateKey.generate();
    SinkBlobStore sink = new SinkBlobStore();
    Vault vault =
        Vault.builder()
            .store(sink)
            .clock(Clock.systemUTC())
            .signingKey(OrganisationSigningKey.generate())
            .build();
    long sealStart = System.nanoTime();
    vault.seal(
        "p-cold", "o", new ByteArrayInputStream(plain), SealMetadata.of(participant.publicKey()));
    long sealNanos = System.nanoTime() - sealStart;
    System.out.printf(
        "{\"warmUpMillis\":%d,\"warmUpTookMillis\":%d,\"warmUpBytes\":%d,"
            + "\"firstSealMBps\":%.0f,\"processMillis\":%d}%n",
        budgetMillis,
        warm.elapsed().toMillis(),
        warm.bytes(),
        SIZE / 1e6 / (sealNanos / 1e9),
        (System.nanoTime() - start) / 1_000_000);
  }
}
