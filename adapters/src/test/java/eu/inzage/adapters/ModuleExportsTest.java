package eu.inzage.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module exports only API packages (see {@code docs/architecture.md#modules}: a test asserts
 * the list).
 */
class ModuleExportsTest {

  @Test
  void moduleDescriptor_exportsExactlyTheApiPackages() throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("eu.inzage.adapters");
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "eu.inzage.adapters",
            "eu.inzage.adapters.directory",
            "eu.inzage.adapters.channels",
            "eu.inzage.adapters.intake",
            "eu.inzage.adapters.replies");
    assertThat(descriptor.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("eu.inzage.core", "eu.inzage.crypto", "jakarta.mail");
  }
}
