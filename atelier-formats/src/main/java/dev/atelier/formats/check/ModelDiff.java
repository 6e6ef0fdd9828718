package dev.atelier.formats.check;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a model: attributes, values and rules added, removed or changed, and how
 * many configurations were gained and lost.
 *
 * <p>Configurations are assignments over the union of both versions' attributes. An attribute that
 * a version does not have is unset in every configuration of that version: a configuration of the
 * new version that sets an attribute the old version lacks is "gained", and if the old version has
 * a required attribute the new one dropped, every old configuration is "lost". Gained = number of
 * configurations of (new and not old), lost = (old and not new), each counted exactly by the engine
 * on a synthesized model (see {@link DiffModels}). Stateless and thread-safe.
 */
public final class ModelDiff {

  private ModelDiff() {}

  /** What changed from {@code oldModel} to {@code newModel}; counting shares {@code deadline}. */
  public static DiffReport compare(
      ProductModel oldModel, ProductModel newModel, Deadline deadline) {
    AnalysisResult<BigInteger> gained = count(newModel, oldModel, ModelCheck.half(deadline));
    AnalysisResult<BigInteger> lost = count(oldModel, newModel, deadline);
    return withTotals(oldModel, newModel, gained, lost);
  }

  /**
   * What changed from {@code oldModel} to {@code newModel}, with the configurations gained and lost
   * given by the caller (who knows them without counting a difference model, e.g. a first version's
   * own count).
   */
  public static DiffReport withTotals(
      ProductModel oldModel,
      ProductModel newModel,
      AnalysisResult<BigInteger> gained,
      AnalysisResult<BigInteger> lost) {
    Map<String, Attribute> olds = oldModel.attributesById();
    Map<String, Attribute> news = newModel.attributesById();
    List<String> added = news.keySet().stream().filter(id -> !olds.containsKey(id)).toList();
    List<String> removed = olds.keySet().stream().filter(id -> !news.containsKey(id)).toList();
    List<ValueRef> valuesAdded = new ArrayList<>();
    List<ValueRef> valuesRemoved = new ArrayList<>();
    for (Attribute n : newModel.attributes()) {
      Attribute o = olds.get(n.id());
      if (o != null) {
        n.valueIds().stream()
            .filter(v -> !o.valueIds().contains(v))
            .forEach(v -> valuesAdded.add(new ValueRef(n.id(), v)));
        o.valueIds().stream()
            .filter(v -> !n.valueIds().contains(v))
            .forEach(v -> valuesRemoved.add(new ValueRef(n.id(), v)));
      }
    }
    List<String> rulesAdded = new ArrayList<>();
    List<String> rulesChanged = new ArrayList<>();
    for (Constraint n : newModel.constraints()) {
      Constraint o = rule(oldModel, n.id());
      if (o == null) {
        rulesAdded.add(n.id());
      } else if (!o.formula().equals(n.formula()) || !o.label().equals(n.label())) {
        rulesChanged.add(n.id());
      }
    }
    List<String> rulesRemoved =
        oldModel.constraints().stream()
            .map(Constraint::id)
            .filter(id -> rule(newModel, id) == null)
            .toList();
    return new DiffReport(
        added,
        removed,
        valuesAdded,
        valuesRemoved,
        rulesAdded,
        rulesRemoved,
        rulesChanged,
        gained,
        lost);
  }

  /**
   * Per attribute of {@code in}, per value: how many configurations of {@code in} that are not
   * configurations of {@code notIn} have that value (only values with such configurations; an unset
   * optional attribute is {@code "~"}). Counted exactly by the engine, one count per value; {@code
   * NotChecked} when the models cannot be compared or counting runs out of time.
   */
  public static AnalysisResult<Map<String, Map<String, BigInteger>>> perValue(
      ProductModel in, ProductModel notIn, Deadline deadline) {
    Result<ProductModel> difference = DiffModels.difference(in, notIn);
    if (!difference.isOk()) {
      return new AnalysisResult.NotChecked<>(difference.failureOrNull().message());
    }
    Result<CompiledModel> compiled = CompiledModel.compile(difference.orThrow(), deadline);
    if (!compiled.isOk()) {
      return new AnalysisResult.NotChecked<>(compiled.failureOrNull().message());
    }
    ConfigurationSession session = ConfigurationSession.start(compiled.orThrow());
    Map<String, Map<String, BigInteger>> out = new LinkedHashMap<>();
    for (Attribute a : in.attributes()) {
      Result<Map<String, BigInteger>> counts = session.countPerValue(a.id(), deadline);
      if (!counts.isOk()) {
        return new AnalysisResult.NotChecked<>(counts.failureOrNull().message());
      }
      Map<String, BigInteger> nonZero = new LinkedHashMap<>();
      counts
          .orThrow()
          .forEach(
              (v, n) -> {
                if (n.signum() > 0) {
                  nonZero.put(v, n);
                }
              });
      if (!nonZero.isEmpty()) {
        out.put(a.id(), nonZero);
      }
    }
    return new AnalysisResult.Done<>(out);
  }

  /** The number of configurations of {@code in} that are not configurations of {@code notIn}. */
  private static AnalysisResult<BigInteger> count(
      ProductModel in, ProductModel notIn, Deadline deadline) {
    Result<ProductModel> difference = DiffModels.difference(in, notIn);
    if (!difference.isOk()) {
      return new AnalysisResult.NotChecked<>(difference.failureOrNull().message());
    }
    Result<CompiledModel> compiled = CompiledModel.compile(difference.orThrow(), deadline);
    Result<BigInteger> count =
        compiled.isOk()
            ? compiled.orThrow().count(deadline)
            : Result.failed(compiled.failureOrNull());
    return count.isOk()
        ? new AnalysisResult.Done<>(count.orThrow())
        : new AnalysisResult.NotChecked<>(count.failureOrNull().message());
  }

  private static Constraint rule(ProductModel model, String id) {
    return model.constraints().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}
