package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.Fixtures;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Participant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated participant documents (bytes flipped, deleted, duplicated, truncated): each
 * either reads as a participant or fails with {@link InvalidInputException}. Nothing else may
 * escape, and no message may quote the input.
 */
class MalformedInputTest {
  private static final byte[] SEED =
      InzageJson.strict().write(Fixtures.zoe()).getBytes(StandardCharsets.UTF_8);
  private static final byte[] ALPHABET =
      "{}[]\":,\\ \r\n\u0000tfn0-+.eE@ÿ".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void read_mutatedDocuments_failOnlyWithInvalidInput() {
    ModelValidator validator = ModelValidator.create(Fixtures.CLOCK);
    Random random = new Random(20210728L);
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] doc = mutate(SEED, random, 1 + random.nextInt(4));
      try {
        Participant p = validator.read(new ByteArrayInputStream(doc), Participant.class);
        assertThat(p.id()).isNotNull();
        valid++;
      } catch (InvalidInputException e) {
        assertThat(e.getMessage()).doesNotContain("Ångström").doesNotContain("example.org");
        assertThat(e.violations()).isNotEmpty();
        invalid++;
      }
    }
    assertThat(invalid).isGreaterThan(1000);
    assertThat(valid).isGreaterThan(0);
  }

  private static byte[] mutate(byte[] seed, Random random, int edits) {
    byte[] doc = seed.clone();
    for (int e = 0; e < edits && doc.length > 1; e++) {
      int at = random.nextInt(doc.length);
      switch (random.nextInt(4)) {
        case 0 -> doc[at] = ALPHABET[random.nextInt(ALPHABET.length)];
        case 1 -> {
          byte[] shorter = new byte[doc.length - 1];
          System.arraycopy(doc, 0, shorter, 0, at);
          System.arraycopy(doc, at + 1, shorter, at, doc.length - at - 1);
          doc = shorter;
        }
        case 2 -> {
          byte[] longer = new byte[doc.length + 1];
          System.arraycopy(doc, 0, longer, 0, at);
          longer[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          System.arraycopy(doc, at, longer, at + 1, doc.length - at);
          doc = longer;
        }
        default -> {
          byte[] truncated = new byte[at];
          System.arraycopy(doc, 0, truncated, 0, at);
          doc = truncated;
        }
      }
    }
    return doc;
  }
}
