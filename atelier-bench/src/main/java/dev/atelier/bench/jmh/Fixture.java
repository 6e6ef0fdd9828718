package dev.atelier.bench.jmh;

import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled bundled model and a fixed list of single decisions for the micro-benchmarks, each
 * with a value it refuses (for explain). Immutable after construction and thread-safe.
 */
final class Fixture {

  /** How many distinct decisions the benchmarks rotate through. */
  static final int CASES = 16;

  /**
   * One decision and a value that it makes refused.
   *
   * @param decision the decision
   * @param refused a value of another attribute refused after it
   */
  record Case(Decision decision, Decision refused) {}

  final CompiledModel compiled;
  final List<Case> cases;

  private Fixture(CompiledModel compiled, List<Case> cases) {
    this.compiled = compiled;
    this.cases = List.copyOf(cases);
  }

  /** Loads {@code bundled:busybox} and finds {@link #CASES} decisions that refuse something new. */
  static Fixture busybox() {
    ReadResult read = ModelSource.read(ModelSource.BUNDLED_PREFIX + "busybox");
    if (!(read instanceof ReadResult.Loaded loaded)) {
      throw new IllegalStateException("cannot read the bundled model: " + read);
    }
    ProductModel model = loaded.model();
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(60_000)).orThrow();
    ValidDomains before =
        ConfigurationSession.start(compiled).validDomains(Deadline.none()).orThrow();
    List<Case> cases = new ArrayList<>();
    for (AttributeDomain d : before.domains().values()) {
      if (cases.size() == CASES) {
        break;
      }
      for (String v : d.offered()) {
        ConfigurationSession s = ConfigurationSession.start(compiled);
        s.decide(d.attribute(), v, Deadline.none()).orThrow();
        Decision refused = newlyRefused(before, s.validDomains(Deadline.none()).orThrow());
        if (refused != null && d.offered().size() > 1) {
          cases.add(new Case(new Decision(d.attribute(), v), refused));
          break;
        }
      }
    }
    if (cases.size() < CASES) {
      throw new IllegalStateException("only " + cases.size() + " decisions refuse something");
    }
    return new Fixture(compiled, cases);
  }

  /** A fresh session with the decision of case {@code k} (modulo {@link #CASES}). */
  ConfigurationSession session(int k) {
    ConfigurationSession s = ConfigurationSession.start(compiled);
    Decision d = cases.get(Math.floorMod(k, cases.size())).decision();
    s.decide(d.attribute(), d.value(), Deadline.none()).orThrow();
    return s;
  }

  private static Decision newlyRefused(ValidDomains before, ValidDomains after) {
    for (AttributeDomain d : after.domains().values()) {
      if (d.decided().isPresent()) {
        continue;
      }
      for (String v : d.refused()) {
        if (before.of(d.attribute()).offered().contains(v)) {
          return new Decision(d.attribute(), v);
        }
      }
    }
    return null;
  }
}
