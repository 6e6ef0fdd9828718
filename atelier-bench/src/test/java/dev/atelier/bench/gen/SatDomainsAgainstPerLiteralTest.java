package dev.atelier.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.run.LoadedModel;
import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;
import org.logicng.solvers.sat.MiniSatStyleSolver;

/**
 * The SAT path's valid domains (decision-DNNF declined) on seeded generated CNFs equal a plain
 * check of every value on its own: a value is offered iff the decisions plus its literal are
 * satisfiable, asked of a fresh MiniSat. Random sessions decide offered values and sometimes undo,
 * so both the incremental (decisions only added) and the general path are compared; on disjoint
 * copies, values whose residual component a decision leaves untouched keep their earlier status.
 */
class SatDomainsAgainstPerLiteralTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gen:kconfig:vars=300,plants=4,on=0.9,nearParent=0.1,cross=3",
        "gen:kconfig:vars=400,plants=8,on=0.8,cross=2",
        "gen:kconfig:vars=200",
        "gen:automotive:vars=250"
      })
  void satPathDomainsEqualPerLiteralChecks(String family) {
    int compared = 0;
    for (int seed = 1; seed <= 4; seed++) {
      compared += compareSessions(family + ",seed=" + seed, seed);
    }
    assertThat(compared).isGreaterThan(20);
  }

  /**
   * Disjoint copies of a generated Kconfig model: a decision changes one copy, so the values of the
   * other copies keep their status without a check (their residual components are untouched). The
   * carried-over domains must still equal the per-literal answers.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void untouchedComponentsKeepTheirDomains(int seed, @TempDir Path dir) throws IOException {
    String text =
        GeneratedModels.text(
            GeneratorSpec.parse("gen:kconfig:vars=120,seed=" + seed).orElseThrow());
    Path file = dir.resolve("copies.dimacs");
    Files.writeString(file, copies(text, 3));
    assertThat(compareSessions(file.toString(), seed)).isGreaterThan(5);
  }

  /** {@code k} copies of a DIMACS text, the variables of copy {@code c} shifted by c times n. */
  private static String copies(String dimacs, int k) {
    List<String> clauses = new ArrayList<>();
    int n = 0;
    for (String line : dimacs.split("\n")) {
      if (line.startsWith("p ")) {
        n = Integer.parseInt(line.split("\\s+")[2]);
      } else if (!line.startsWith("c") && !line.isBlank()) {
        clauses.add(line.strip());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("p cnf ").append(n * k).append(' ').append(clauses.size() * k).append('\n');
    for (int c = 0; c < k; c++) {
      for (String clause : clauses) {
        for (String lit : clause.split("\\s+")) {
          int l = Integer.parseInt(lit);
          out.append(l == 0 ? 0 : l > 0 ? l + c * n : l - c * n).append(l == 0 ? "\n" : " ");
        }
      }
    }
    return out.toString();
  }

  /** Runs a random session on {@code source}, comparing each answer; the number compared. */
  private static int compareSessions(String source, int seed) {
    int compared = 0;
    LoadedModel loaded = ModelSource.load(source, Optional.empty(), soon()).orThrow();
    CompiledModel compiled = loaded.compiled();
    compiled.knowledge().decline();
    ConfigurationSession session = ConfigurationSession.start(compiled);
    Random random = new Random(seed);
    for (int step = 0; step < 25; step++) {
      ValidDomains domains = session.validDomains(soon()).orThrow();
      assertThat(shape(compiled, domains))
          .as("%s seed %d after %s", source, seed, session.decisions())
          .isEqualTo(perLiteral(compiled, session.decisions()));
      compared++;
      if (step % 7 == 6 && !session.decisions().isEmpty()) {
        session.undo().orThrow();
        continue;
      }
      if (!BruteForce.decideRandomFree(session, domains, random, soon())) {
        break;
      }
    }
    return compared;
  }

  /** A fresh deadline per engine call (one shared deadline would run out on a loaded machine). */
  private static Deadline soon() {
    return Deadline.inMillis(60_000);
  }

  /** Per attribute: which values are offered, and whether unset is possible. */
  private static List<String> shape(CompiledModel compiled, ValidDomains domains) {
    List<String> out = new ArrayList<>();
    for (Attribute a : compiled.variables().attributes()) {
      AttributeDomain d = domains.of(a.id());
      List<String> offered = new ArrayList<>(d.offered());
      if (d.decided().isPresent() && !d.decided().get().equals(Decision.UNSET)) {
        // A decided attribute shows its decision; the check below asks the same of the solver.
        offered = List.of(d.decided().get());
      }
      out.add(a.id() + "=" + offered + (d.unsetPossible() ? "+unset" : ""));
    }
    return out;
  }

  private static List<String> perLiteral(CompiledModel compiled, List<Decision> decisions) {
    VariableMap vars = compiled.variables();
    MiniSat2Solver solver = new MiniSat2Solver(MiniSatConfig.builder().build());
    for (int v = 0; v < compiled.cnf().numVars(); v++) {
      solver.newVar(true, true);
    }
    for (int[] clause : compiled.cnf().clauses()) {
      LNGIntVector c = new LNGIntVector(clause.length);
      for (int lit : clause) {
        c.push(solverLit(lit));
      }
      solver.addClause(c, null);
    }
    List<Integer> assumed = new ArrayList<>();
    for (Decision d : decisions) {
      int i = vars.indexOf(d.attribute());
      assumed.add(
          d.isUnset()
              ? -vars.setLiteral(i)
              : vars.valueLiteral(i, vars.valueIndexOf(i, d.value())));
    }
    List<String> out = new ArrayList<>();
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      Optional<Decision> decided =
          decisions.stream().filter(d -> d.attribute().equals(a.id())).findFirst();
      List<String> offered = new ArrayList<>();
      List<String> ids = a.valueIds();
      for (int j = 0; j < ids.size(); j++) {
        if (sat(solver, assumed, vars.valueLiteral(i, j))) {
          offered.add(ids.get(j));
        }
      }
      boolean unset = a.optional() && sat(solver, assumed, -vars.setLiteral(i));
      if (decided.isPresent() && !decided.get().isUnset()) {
        offered = List.of(decided.get().value());
      }
      out.add(a.id() + "=" + offered + (unset ? "+unset" : ""));
    }
    return out;
  }

  private static boolean sat(MiniSat2Solver solver, List<Integer> assumed, int lit) {
    LNGIntVector assumptions = new LNGIntVector(assumed.size() + 1);
    for (int a : assumed) {
      assumptions.push(solverLit(a));
    }
    assumptions.push(solverLit(lit));
    return solver.solve(null, assumptions) == Tristate.TRUE;
  }

  private static int solverLit(int lit) {
    return MiniSatStyleSolver.mkLit(Math.abs(lit) - 1, lit < 0);
  }
}
