package eu.inzage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
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

    assertThat(descriptor.name()).isEqualTo("eu.inzage.core");
    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "eu.inzage.core",
            "eu.inzage.core.model",
            "eu.inzage.core.json",
            "eu.inzage.core.validation",
            "eu.inzage.core.validation.constraints",
            "eu.inzage.core.catalog",
            "eu.inzage.core.eligibility",
            "eu.inzage.core.deadline",
            "eu.inzage.core.lifecycle",
            "eu.inzage.core.docket");
    assertThat(descriptor.exports())
        .allSatisfy(e -> assertThat(e.source()).doesNotContain("internal"));
  }
}
