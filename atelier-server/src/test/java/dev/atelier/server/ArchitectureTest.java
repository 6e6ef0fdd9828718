package dev.atelier.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure holds: no package cycles in Atelier's main code (engine, formats, server, CLI), the
 * engine depends on nothing but LogicNG and the JDK, formats not on the server, and the packages
 * several features share import no feature.
 */
class ArchitectureTest {

  /** The feature packages of the server: they may depend on each other, but never in a circle. */
  private static final String[] FEATURES = {
    "dev.atelier.server.account..",
    "dev.atelier.server.analytics..",
    "dev.atelier.server.design..",
    "dev.atelier.server.events..",
    "dev.atelier.server.feedback..",
    "dev.atelier.server.order..",
    "dev.atelier.server.owned..",
    "dev.atelier.server.production..",
    "dev.atelier.server.recommend..",
    "dev.atelier.server.saved..",
    "dev.atelier.server.wishes..",
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atelier");
  }

  @Test
  void importsTheMainCodeOfEveryModule() {
    for (String pkg : List.of("dev.atelier.engine", "dev.atelier.formats", "dev.atelier.server")) {
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as("classes imported from %s", pkg)
          .isPositive();
    }
  }

  /**
   * Engine, formats, server and CLI: no two packages use each other, directly or around a circle.
   * The engine's packages form layers: result and model at the bottom, then answer and cnf (value
   * types several layers share), count, compile, session.
   */
  @Test
  void noPackageCycles() {
    slices()
        .matching("dev.atelier.(**)")
        .should()
        .beFreeOfCycles()
        .check(
            classes.that(
                resideInAnyPackage(
                    "dev.atelier.engine..",
                    "dev.atelier.formats..",
                    "dev.atelier.server..",
                    "dev.atelier.cli..")));
  }

  @Test
  void engineDependsOnLogicNgAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("dev.atelier.engine..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.atelier.engine..", "org.logicng..", "java..")
        .check(classes);
  }

  @Test
  void formatsDoNotDependOnTheServer() {
    noClasses()
        .that()
        .resideInAPackage("dev.atelier.formats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.atelier.server..", "dev.atelier.cli..")
        .check(classes);
  }

  @Test
  void sharedPackagesImportNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.atelier.server.shared..", "dev.atelier.server.designevents..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .check(classes);
  }

  @Test
  void featuresDoNotReachBackIntoTheWiringOrTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage(FEATURES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.atelier.server", "dev.atelier.cli..")
        .check(classes);
  }
}
