package dev.atelier.bench.sweep;

import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.count.CnfStatistics;
import dev.atelier.engine.result.Deadline;
import java.util.List;
import java.util.Optional;

/**
 * The structure table of {@code CountSweep --stats}: per model its size, clause-length histogram,
 * binary share, equivalent literals, at-most-one groups and min-fill width after simplification
 * ({@link CnfStatistics}), to fit generated product documentation to real formulas.
 */
final class StatsTable {
  private StatsTable() {}

  static void print(List<String> models, int seeds) {
    System.out.println(
        "model\tvars\tclauses\tlen1\tlen2\tlen3\tlen4\tlen5\tlen6\tlen7\tlen8+\tbinary%"
            + "\taliased\tclasses\tamo_groups\tamo_vars\tamo_max\tsimple_vars\tsimple_clauses"
            + "\tminfill_width\tms");
    for (String model : models) {
      for (String spec : CountSweep.seeded(model, seeds)) {
        Cnf cnf =
            ModelSource.load(spec, Optional.empty(), Deadline.inMillis(600_000))
                .orThrow()
                .compiled()
                .cnf();
        long t0 = System.nanoTime();
        CnfStatistics.Stats s = CnfStatistics.of(cnf.numVars(), cnf.clauses());
        StringBuilder line = new StringBuilder(spec);
        line.append('\t').append(s.vars()).append('\t').append(s.clauses());
        for (int k = 1; k < s.lengths().length; k++) {
          line.append('\t').append(s.lengths()[k]);
        }
        line.append('\t').append(String.format("%.1f", 100 * s.binaryShare()));
        for (int x :
            new int[] {
              s.aliased(),
              s.classes(),
              s.amoGroups(),
              s.amoVars(),
              s.amoMax(),
              s.simpleVars(),
              s.simpleClauses(),
              s.width()
            }) {
          line.append('\t').append(x);
        }
        line.append('\t').append((System.nanoTime() - t0) / 1_000_000);
        System.out.println(line);
        System.out.flush();
      }
    }
  }
}
