package dev.atelier.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmark module's packages (generators, runs, sweeps, tables, reports) use each other
 * without a circle, as the main modules do ({@code ArchitectureTest} in the server covers those).
 */
class BenchArchitectureTest {

  @Test
  void noPackageCyclesInTheBenchmarkCode() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atelier.bench");
    assertThat(classes.stream().filter(c -> c.getPackageName().equals("dev.atelier.bench.gen")))
        .as("generator classes imported")
        .isNotEmpty();
    slices().matching("dev.atelier.bench.(*)..").should().beFreeOfCycles().check(classes);
  }
}
