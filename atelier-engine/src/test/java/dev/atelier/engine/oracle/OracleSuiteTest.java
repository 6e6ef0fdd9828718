package dev.atelier.engine.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property tests: the engine (compile, session, validate, price) agrees with {@link
 * BruteForceOracle} on thousands of seeded random models and decision sequences. Each model uses
 * seed {@code base + i}; a failure names its seed, and {@code -Datelier.oracle.seed=SEED
 * -Datelier.oracle.models=1} reproduces it alone. See {@link OracleSuite} for the settings.
 */
class OracleSuiteTest {

  @Test
  void engineAgreesWithBruteForceOracle() throws InterruptedException, ExecutionException {
    String failures = new OracleSuite(1).run();
    if (!failures.isEmpty()) {
      fail(failures);
    }
  }

  @Test
  @Tag("slow")
  void engineAgreesWithBruteForceOracleOnTenTimesAsManyModels()
      throws InterruptedException, ExecutionException {
    String failures = new OracleSuite(10).run();
    if (!failures.isEmpty()) {
      fail(failures);
    }
  }
}
