package dev.atelier.server.studio;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.ValueCounts;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.Decision;
import dev.atelier.formats.check.AnalysisResult;
import dev.atelier.formats.check.DiffReport;
import dev.atelier.formats.check.ModelDiff;
import dev.atelier.server.http.Nullable;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations gained and lost, in total and per value. Where a direction's difference is the
 * whole of one version, its counts are that version's own, read from its compiled form ({@link
 * ValueCounts}: the clique tree's or the decision-DNNF's per-value counts), instead of compiling a
 * difference model and counting it once per value (seconds to minutes on the demos): a first
 * version against "no version" (whose only configuration sets nothing), and a draft that keeps none
 * of the current version's configurations (the gained total equals the draft's own count, or the
 * lost total the current's). {@code -Datelier.impact=old} restores the difference models.
 */
final class PerValueImpact {

  /** {@code -Datelier.impact=old}: always count difference models (for benchmarks). */
  private static final boolean OLD = "old".equals(System.getProperty("atelier.impact"));

  private PerValueImpact() {}

  /**
   * The diff of {@code draft} against {@code o}; for a first version ({@code first}) the totals
   * come from the draft's own count and one validation of the empty configuration.
   */
  static DiffReport diff(ProductModel o, CompiledModel draft, boolean first, Deadline deadline) {
    if (first
        && !OLD
        && ValueCounts.of(draft, deadline, deadline) instanceof ValueCounts.Counted c) {
      // "No version" has one configuration, the one setting nothing: lost unless the draft has it.
      BigInteger empty = emptyValid(draft) ? BigInteger.ONE : BigInteger.ZERO;
      return ModelDiff.withTotals(
          o,
          draft.model(),
          new AnalysisResult.Done<>(c.total().subtract(empty)),
          new AnalysisResult.Done<>(BigInteger.ONE.subtract(empty)));
    }
    return ModelDiff.compare(o, draft.model(), deadline);
  }

  /**
   * Configurations of {@code draft} not in {@code o}, per attribute and value (unset is {@code
   * "~"}), non-zero counts only; empty when the total is zero or unknown.
   */
  static Map<String, Map<String, BigInteger>> gained(
      ProductModel o, CompiledModel draft, boolean first, DiffReport diff, Deadline deadline) {
    return direction(draft, o, first, diff.gained(), deadline);
  }

  /** Configurations of {@code current} not in {@code draft}, per value; none without a current. */
  static Map<String, Map<String, BigInteger>> lost(
      @Nullable CompiledModel current, ProductModel draft, DiffReport diff, Deadline deadline) {
    // Against no version the only lost configuration sets no attribute: no value to name.
    return current == null ? Map.of() : direction(current, draft, false, diff.lost(), deadline);
  }

  private static Map<String, Map<String, BigInteger>> direction(
      CompiledModel in,
      ProductModel notIn,
      boolean againstNothing,
      AnalysisResult<BigInteger> total,
      Deadline deadline) {
    if (!(total instanceof AnalysisResult.Done<BigInteger> done)) {
      return Map.of();
    }
    if (done.value().signum() == 0) {
      return Map.of();
    }
    if (!OLD && ValueCounts.of(in, deadline, deadline) instanceof ValueCounts.Counted c) {
      BigInteger missing = c.total().subtract(done.value());
      // Against no version the difference lacks at most the configuration setting nothing.
      if (missing.signum() == 0 || (againstNothing && missing.equals(BigInteger.ONE))) {
        return own(in.model(), c, missing);
      }
    }
    AnalysisResult<Map<String, Map<String, BigInteger>>> r =
        ModelDiff.perValue(in.model(), notIn, deadline);
    return r instanceof AnalysisResult.Done<Map<String, Map<String, BigInteger>>> d
        ? d.value()
        : Map.of();
  }

  /** The model's own counts, less {@code unsetLess} on every "unset". */
  private static Map<String, Map<String, BigInteger>> own(
      ProductModel model, ValueCounts.Counted c, BigInteger unsetLess) {
    Map<String, Map<String, BigInteger>> out = new LinkedHashMap<>();
    List<Attribute> all = model.attributes();
    for (int i = 0; i < all.size(); i++) {
      List<String> ids = all.get(i).valueIds();
      BigInteger[] per = c.perValue()[i];
      Map<String, BigInteger> values = new LinkedHashMap<>();
      for (int j = 0; j < per.length; j++) {
        boolean unset = j >= ids.size();
        BigInteger n = unset ? per[j].subtract(unsetLess) : per[j];
        if (n.signum() > 0) {
          values.put(unset ? Decision.UNSET : ids.get(j), n);
        }
      }
      if (!values.isEmpty()) {
        out.put(all.get(i).id(), values);
      }
    }
    return out;
  }

  private static boolean emptyValid(CompiledModel draft) {
    return draft.validate(new Configuration(Map.of())).valid();
  }
}
