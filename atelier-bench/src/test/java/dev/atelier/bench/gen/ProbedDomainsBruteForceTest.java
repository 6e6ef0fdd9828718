package dev.atelier.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ResidualComponents;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.engine.session.WarmStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAT path's valid domains (decision-DNNF declined; failed-literal probes, implied literals
 * frozen, no base SAT call when a witness agrees with the decisions) on seeded random small CNFs
 * rich in binary clauses and implication chains, compared after every step of random sessions
 * (decisions and undos) with brute-force enumeration of every assignment.
 */
class ProbedDomainsBruteForceTest {

  @Test
  void satPathDomainsEqualBruteForceOnRandomSmallCnfs(@TempDir Path dir) throws IOException {
    int compared = 0;
    int refusedByModel = 0;
    for (int seed = 1; seed <= 120; seed++) {
      Random random = new Random(seed);
      int n = 6 + random.nextInt(9);
      int[][] clauses = SmallCnfs.random(n, random, false);
      CompiledModel compiled = compile(dir.resolve("random-" + seed + ".dimacs"), n, clauses);
      Walk walk = walk(seed, compiled, clauses, n, random, 12, (step, decided, r) -> step % 5 == 4);
      compared += walk.compared();
      refusedByModel += walk.refusedAtStart() ? 1 : 0;
    }
    assertThat(compared).isGreaterThan(400);
    assertThat(refusedByModel).isLessThan(60);
  }

  /**
   * Remembered probe changes ({@code ProbeMemory}) are forced again under other decisions: sessions
   * that undo often (so a literal witnessed under some decisions is open again under others, some
   * of which falsify its remembered change) on CNFs of 10–16 variables, each answer against
   * enumeration. Slow (as long as the test above).
   */
  @Test
  @Tag("slow")
  void rememberedProbeChangesAcrossDecisionsAndUndosEqualBruteForce(@TempDir Path dir)
      throws IOException {
    int compared = 0;
    for (int seed = 1; seed <= 80; seed++) {
      Random random = new Random(1000 + seed);
      int n = 10 + random.nextInt(7);
      int[][] clauses = SmallCnfs.random(n, random, true);
      CompiledModel compiled = compile(dir.resolve("memory-" + seed + ".dimacs"), n, clauses);
      compared +=
          walk(
                  seed,
                  compiled,
                  clauses,
                  n,
                  random,
                  16,
                  (step, decided, r) -> decided >= 3 || r.nextInt(5) < 2)
              .compared();
    }
    assertThat(compared).isGreaterThan(600);
  }

  /**
   * Witness-driven moves ({@code SatRounds.move}): each session starts warm from up to 64 random
   * satisfying assignments (a {@link WarmStart} published on the compiled model), so after a
   * decision most kept models break it and are moved by walks (on CNFs this small the stop rule
   * ends the moves within the first 16); the values their moved models witness are part of every
   * answer. Sessions decide and undo at random on CNFs of 10–15 variables with at-most-one groups;
   * each answer against enumeration. Slow (about as long as the test above).
   */
  @Test
  @Tag("slow")
  void witnessDrivenMovesOfManyEarlierModelsEqualBruteForce(@TempDir Path dir) throws IOException {
    int compared = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Random random = new Random(2000 + seed);
      int n = 10 + random.nextInt(6);
      int[][] clauses = SmallCnfs.random(n, random, seed % 2 == 0);
      Path file = dir.resolve("moves-" + seed + ".dimacs");
      CompiledModel first = compile(file, n, clauses);
      Result<ValidDomains> empty = ConfigurationSession.start(first).validDomains(soon());
      if (!empty.isOk()) {
        continue;
      }
      CompiledModel compiled = compile(file, n, clauses);
      compiled.offerMemo(
          WarmStart.class, new WarmStart(empty.orThrow(), someModels(compiled.cnf(), random)));
      compared +=
          walk(
                  seed,
                  compiled,
                  clauses,
                  n,
                  random,
                  24,
                  (step, decided, r) -> decided >= 4 || r.nextInt(4) == 0)
              .compared();
    }
    assertThat(compared).isGreaterThan(600);
  }

  /**
   * The residual components with nothing decided are computed by the first session of a compiled
   * model and shared ({@link ResidualComponents} memo) by every later one, whose first decision
   * starts from them: five sessions per CNF, each with its own random decisions and undos, every
   * answer against enumeration.
   */
  @Test
  void sessionsSharingTheComponentsWithNothingDecidedEqualBruteForce(@TempDir Path dir)
      throws IOException {
    int compared = 0;
    int shared = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Random random = new Random(3000 + seed);
      int n = 8 + random.nextInt(7);
      int[][] clauses = SmallCnfs.random(n, random, seed % 2 == 0);
      CompiledModel compiled = compile(dir.resolve("shared-" + seed + ".dimacs"), n, clauses);
      for (int session = 0; session < 5; session++) {
        compared +=
            walk(seed, compiled, clauses, n, random, 8, (step, decided, r) -> r.nextInt(4) == 0)
                .compared();
      }
      shared += compiled.memo(ResidualComponents.class).isPresent() ? 1 : 0;
    }
    assertThat(shared).isGreaterThan(30);
    assertThat(compared).isGreaterThan(1_000);
  }

  /** When a step of a walk undoes the last decision (if any) instead of deciding. */
  private interface UndoRule {
    boolean undo(int step, int decided, Random random);
  }

  /** How many answers a walk compared, and whether the model refused before any decision. */
  private record Walk(int compared, boolean refusedAtStart) {}

  /**
   * Up to {@code steps} steps of a session on {@code compiled}: each answer against enumeration of
   * {@code clauses}, then an undo where {@code rule} says so, else a random decision on a free
   * attribute; ends early when the answer is a refusal or nothing is left to decide.
   */
  private static Walk walk(
      int seed,
      CompiledModel compiled,
      int[][] clauses,
      int n,
      Random random,
      int steps,
      UndoRule rule) {
    ConfigurationSession session = ConfigurationSession.start(compiled);
    int compared = 0;
    for (int step = 0; step < steps; step++) {
      Result<ValidDomains> result = session.validDomains(soon());
      List<String> expected = bruteForce(compiled, clauses, n, session.decisions());
      if (!result.isOk()) {
        // Only a model without any configuration refuses before the first decision.
        assertThat(expected).as("seed %d", seed).isEmpty();
        return new Walk(compared, true);
      }
      assertThat(shape(compiled, result.orThrow()))
          .as("seed %d step %d after %s", seed, step, session.decisions())
          .isEqualTo(expected);
      compared++;
      boolean undo = rule.undo(step, session.decisions().size(), random);
      if (undo && !session.decisions().isEmpty()) {
        session.undo().orThrow();
      } else if (!BruteForce.decideRandomFree(session, result.orThrow(), random, soon())) {
        break;
      }
    }
    return new Walk(compared, false);
  }

  /** {@code clauses} written to {@code file} as DIMACS, compiled with decision-DNNF declined. */
  private static CompiledModel compile(Path file, int n, int[][] clauses) throws IOException {
    Files.writeString(file, dimacs(n, clauses));
    CompiledModel compiled =
        ModelSource.load(file.toString(), Optional.empty(), soon()).orThrow().compiled();
    compiled.knowledge().decline();
    return compiled;
  }

  /** Up to 64 satisfying assignments of {@code cnf} (index 0 unused), in random order. */
  private static List<boolean[]> someModels(Cnf cnf, Random random) {
    int n = cnf.numVars();
    List<boolean[]> models = new ArrayList<>();
    for (long bits = 0; bits < 1L << n; bits++) {
      boolean[] model = new boolean[n + 1];
      for (int v = 1; v <= n; v++) {
        model[v] = (bits >> (v - 1) & 1) == 1;
      }
      boolean satisfied =
          Arrays.stream(cnf.clauses())
              .allMatch(c -> Arrays.stream(c).anyMatch(l -> holds(model, l)));
      if (satisfied) {
        models.add(model);
      }
    }
    Collections.shuffle(models, random);
    return models.subList(0, Math.min(64, models.size()));
  }

  private static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  private static String dimacs(int n, int[][] clauses) {
    StringBuilder text = new StringBuilder();
    text.append("p cnf ").append(n).append(' ').append(clauses.length).append('\n');
    for (int[] clause : clauses) {
      for (int lit : clause) {
        text.append(lit).append(' ');
      }
      text.append("0\n");
    }
    return text.toString();
  }

  /**
   * Per attribute (DIMACS variable {@code k} is attribute {@code xk} with values "true" and
   * "false") the offered values, from every assignment; empty when none exists.
   */
  private static List<String> bruteForce(
      CompiledModel compiled, int[][] clauses, int n, List<Decision> decisions) {
    int[] assumed = new int[decisions.size()];
    for (int k = 0; k < assumed.length; k++) {
      Decision d = decisions.get(k);
      int v = Integer.parseInt(d.attribute().substring(1));
      assumed[k] = BooleanAttribute.TRUE.equals(d.value()) ? v : -v;
    }
    boolean[] possible = SmallCnfs.possible(clauses, assumed, n);
    List<String> out = new ArrayList<>();
    if (!possible[0]) {
      return out;
    }
    for (Attribute a : compiled.variables().attributes()) {
      int v = Integer.parseInt(a.id().substring(1));
      List<String> offered = new ArrayList<>();
      for (String value : a.valueIds()) {
        if (possible[SmallCnfs.index(BooleanAttribute.TRUE.equals(value) ? v : -v)]) {
          offered.add(value);
        }
      }
      out.add(a.id() + "=" + offered);
    }
    return out;
  }

  private static List<String> shape(CompiledModel compiled, ValidDomains domains) {
    List<String> out = new ArrayList<>();
    for (Attribute a : compiled.variables().attributes()) {
      AttributeDomain d = domains.of(a.id());
      List<String> offered = new ArrayList<>(d.offered());
      if (d.decided().isPresent()) {
        offered = List.of(d.decided().get());
      }
      out.add(a.id() + "=" + offered);
    }
    return out;
  }

  private static Deadline soon() {
    return Deadline.inMillis(60_000);
  }
}
