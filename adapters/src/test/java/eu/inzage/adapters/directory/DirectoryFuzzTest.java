package eu.inzage.adapters.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Fuzz test of the open directory's import: whatever the bytes of a company record, the import
 * returns, with the record either imported or rejected alone with its file; nothing escapes. In the
 * normal build it runs in regression mode over the corpus in {@code
 * src/test/resources/eu/inzage/adapters/directory/DirectoryFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class DirectoryFuzzTest {
  private static final Path DIRECTORY = directory();

  private static Path directory() {
    try {
      Path dir = Files.createTempDirectory("inzage-directory-fuzz");
      Files.createDirectories(dir.resolve("companies"));
      Files.createDirectories(dir.resolve("supervisory-authorities"));
      for (String schema : new String[] {"schema.json", "schema-supervisory-authorities.json"}) {
        try (InputStream in = DirectoryFuzzTest.class.getResourceAsStream("/directory/" + schema)) {
          Files.copy(in, dir.resolve(schema), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void company(byte[] input) throws IOException {
    Files.write(DIRECTORY.resolve("companies/fuzz.json"), input);

    DirectoryImport imported = ControllerDirectory.read(DIRECTORY);

    assertThat(imported.companies().size() + imported.rejected().size()).isEqualTo(1);
    for (Rejection rejection : imported.rejected()) {
      assertThat(rejection.file()).endsWith("fuzz.json");
      assertThat(rejection.reason().codePoints()).noneMatch(Character::isISOControl);
    }
  }
}
