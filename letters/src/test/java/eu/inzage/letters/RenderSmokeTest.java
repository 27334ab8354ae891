package eu.inzage.letters;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
  @Test
  void writeAll() throws Exception {
    Path dir = Path.of(System.getProperty("smoke.dir", "target/smoke"));
    Files.createDirectories(dir);
    for (LetterKind kind : LetterKind.values()) {
      for (String lang : new String[] {"en"}) {
        Letter letter = Fixtures.LETTERS.compose(Fixtures.input(kind, lang));
        Files.write(dir.resolve(kind.id() + "-" + lang + ".pdf"), letter.toPdf().bytes());
        Files.writeString(dir.resolve(kind.id() + "-" + lang + ".txt"), letter.text());
      }
    }
  }
}
