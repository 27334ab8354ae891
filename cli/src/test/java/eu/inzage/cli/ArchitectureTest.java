package eu.inzage.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module rules of {@code docs/architecture.md#modules}, checked on the compiled classes of
 * every module: the dependency direction between modules, encapsulated {@code internal} packages,
 * and library modules that never print or exit.
 */
class ArchitectureTest {
  private static final String[] LIBRARIES = {
    "eu.inzage.core..", "eu.inzage.crypto..", "eu.inzage.letters..", "eu.inzage.adapters.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.inzage");
  }

  @Test
  void core_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("eu.inzage.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.inzage.crypto..",
            "eu.inzage.letters..",
            "eu.inzage.adapters..",
            "eu.inzage.cli..",
            "eu.inzage.examples..")
        .check(classes);
  }

  @Test
  void cryptoAndLetters_dependOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("eu.inzage.crypto..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.inzage.letters..",
            "eu.inzage.adapters..",
            "eu.inzage.cli..",
            "eu.inzage.examples..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("eu.inzage.letters..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.inzage.crypto..", "eu.inzage.adapters..", "eu.inzage.cli..", "eu.inzage.examples..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void libraryModules_neverDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("eu.inzage.cli..", "eu.inzage.examples..", "picocli..")
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "crypto", "letters", "adapters"})
  void internalPackages_areUsedOnlyInsideTheirModule(String module) {
    String home = "eu.inzage." + module + "..";
    noClasses()
        .that()
        .resideOutsideOfPackage(home)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("eu.inzage." + module + ".internal..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void libraryModules_neverPrintToStdoutOrStderr() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void libraryModules_neverExitTheJvm() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .check(classes);
  }

  @Test
  void libraryModules_neverReadTheWallClockDirectly() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .check(classes);
  }
}
