package eu.inzage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The recipe {@link ModelInCode} runs and prints what its comments promise. */
class ModelInCodeTest {

  @Test
  void main_buildsValidValuesAndReportsTheInvalidNameByCode() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ModelInCode.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("Organisation[name=Stichting Onderzoek Marktinformatie, <redacted>]")
        .contains("Participant[id=p-000124, residence=NL, <redacted>]")
        .contains("invalid input: name CONTROL_CHARACTERS")
        .doesNotContain("Daan")
        .doesNotContain("Eva")
        .doesNotContain("someone@example.org");
  }
}
