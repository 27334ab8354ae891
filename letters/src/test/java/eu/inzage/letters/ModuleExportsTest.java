package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Only the API package is exported; the implementation stays internal. */
class ModuleExportsTest {
  @Test
  void moduleInfo_exports_onlyTheApiPackage() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);

      assertThat(descriptor.name()).isEqualTo("eu.inzage.letters");
      assertThat(
              descriptor.exports().stream()
                  .map(ModuleDescriptor.Exports::source)
                  .collect(Collectors.toSet()))
          .containsExactly("eu.inzage.letters");
    }
  }
}
