package eu.inzage.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

  /**
   * No package cycles anywhere, inside a module or across modules (e.g. {@code catalog → json →
   * lifecycle → catalog}): each package can be understood, tested and split off on its own.
   */
  @Test
  void packages_areFreeOfCycles() {
    slices().assignedFrom(new Features(classes)).should().beFreeOfCycles().check(classes);
  }

  /** The internal packages of a module depend on one another without cycles as well. */
  @Test
  void internalPackages_areFreeOfCycles() {
    slices()
        .matching("eu.inzage.(*).internal.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * Assigns each class to its feature. A package is a feature of its own, except that an internal
   * package which implements an API package joins it: {@code core.internal.deadline} (which
   * implements {@code core.deadline}'s {@code HolidayCalendar}) joins {@code core.deadline}, and an
   * internal package with no API namesake that uses its module's root package (as {@code
   * letters.internal.compose} uses {@code LetterInput}) joins the root. An API package and its own
   * implementation may use each other; features must not.
   */
  private static final class Features implements SliceAssignment {
    private static final String ROOT = "eu.inzage.";
    private final Set<String> apiPackages = new HashSet<>();
    private final Map<String, Set<String>> internalUses = new HashMap<>();

    Features(JavaClasses classes) {
      for (JavaClass type : classes) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
          continue;
        }
        if (!name.contains(".internal")) {
          apiPackages.add(name);
          continue;
        }
        Set<String> uses = internalUses.computeIfAbsent(name, k -> new HashSet<>());
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          uses.add(dependency.getTargetClass().getPackageName());
        }
      }
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass type) {
      String name = type.getPackageName();
      if (!name.startsWith(ROOT)) {
        return SliceIdentifier.ignore();
      }
      String[] parts = name.substring(ROOT.length()).split("\\.");
      String module = parts[0];
      if (parts.length == 1 || !parts[1].equals("internal")) {
        return SliceIdentifier.of(name.substring(ROOT.length()));
      }
      String namesake = parts.length > 2 ? ROOT + module + "." + parts[2] : null;
      String implemented = apiPackages.contains(namesake) ? namesake : ROOT + module;
      return internalUses.getOrDefault(name, Set.of()).contains(implemented)
          ? SliceIdentifier.of(implemented.substring(ROOT.length()))
          : SliceIdentifier.of(name.substring(ROOT.length()));
    }

    @Override
    public String getDescription() {
      return "features of eu.inzage (a package, with the internal package implementing it)";
    }
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
