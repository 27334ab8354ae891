package eu.inzage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every recipe runs as a user would run it, and prints what its Javadoc promises. */
class RecipesTest {

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

  @FunctionalInterface
  interface ThrowingMain {
    void run() throws Exception;
  }
}
