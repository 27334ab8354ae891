package eu.inzage.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports only its API package; the store's implementation stays internal. */
class ModuleDescriptorTest {
  @Test
  void exports_moduleInfo_onlyTheApiPackage() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("eu.inzage.campaign");
      assertThat(
              descriptor.exports().stream()
                  .map(ModuleDescriptor.Exports::source)
                  .collect(Collectors.toSet()))
          .containsExactly("eu.inzage.campaign");
      assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    }
  }
}
