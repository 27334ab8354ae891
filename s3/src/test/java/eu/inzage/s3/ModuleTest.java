package eu.inzage.s3;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's shape ({@code docs/architecture.md#modules}): it exports only its API package,
 * depends on no Inzage module but core and crypto, and on neither's internals, and keeps the rules
 * of every library module.
 */
class ModuleTest {
  @Test
  void moduleDescriptor_exportsOnlyTheApiPackage() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("eu.inzage.s3");
      assertThat(
              descriptor.exports().stream()
                  .map(ModuleDescriptor.Exports::source)
                  .collect(Collectors.toSet()))
          .containsExactly("eu.inzage.s3");
      assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    }
  }

  private static JavaClasses classes() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target/classes"));
    assertThat(classes).isNotEmpty();
    return classes;
  }

  /** Like every library module, it never prints, never exits the JVM, never reads the clock. */
  @Test
  void classes_neverPrintExitOrReadTheClock() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(classes());
  }

  @Test
  void classes_dependOnlyOnCoreAndCryptoApis() {
    JavaClasses classes = classes();
    noClasses()
        .that()
        .resideInAPackage("eu.inzage.s3..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.inzage.letters..",
            "eu.inzage.adapters..",
            "eu.inzage.cli..",
            "eu.inzage.examples..",
            "eu.inzage.core.internal..",
            "eu.inzage.crypto.internal..")
        .check(classes);
  }
}
