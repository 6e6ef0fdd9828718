package dev.atelier.formats.check;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ModelProblem;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a model the way a modeller wants before publishing it: sizes, structural problems, the
 * number of configurations, dead values, forced values and redundant rules. Valid domains come
 * first, then counting gets half of the remaining time (an upper bound is reported when it runs
 * out), then redundancy gets the rest (rules not reached are listed as not checked). Stateless and
 * thread-safe.
 */
public final class ModelCheck {

  private ModelCheck() {}

  /** Checks {@code model} within {@code deadline}, reporting progress to {@code listener}. */
  public static CheckReport run(ProductModel model, Deadline deadline, ProgressListener listener) {
    List<String> problems =
        Stream.concat(
                ModelValidator.validate(model).stream(), ModelValidator.emptiness(model).stream())
            .map(ModelProblem::toString)
            .toList();
    if (!problems.isEmpty()) {
      AnalysisResult.NotChecked<SolutionCount> c =
          new AnalysisResult.NotChecked<>("the model is invalid");
      return report(
          model,
          problems,
          c,
          new AnalysisResult.NotChecked<>("the model is invalid"),
          new AnalysisResult.NotChecked<>("the model is invalid"),
          new AnalysisResult.NotChecked<>("the model is invalid"));
    }
    listener.progress("compile", 0, 1);
    Result<CompiledModel> compiled = CompiledModel.compile(model, deadline);
    listener.progress("compile", 1, 1);
    if (!compiled.isOk()) {
      String why = compiled.failureOrNull().message();
      return report(
          model,
          problems,
          new AnalysisResult.Done<>(new SolutionCount(ModelKinds.upperBound(model), false)),
          new AnalysisResult.NotChecked<>(why),
          new AnalysisResult.NotChecked<>(why),
          new AnalysisResult.NotChecked<>(why));
    }
    CompiledModel cm = compiled.orThrow();
    listener.progress("valid domains", 0, 1);
    Result<ValidDomains> domains = ConfigurationSession.start(cm).validDomains(deadline);
    listener.progress("valid domains", 1, 1);
    AnalysisResult<List<ValueRef>> dead;
    AnalysisResult<List<Forced>> forced;
    boolean unsatisfiable = false;
    if (domains.isOk()) {
      dead = new AnalysisResult.Done<>(dead(model, domains.orThrow()));
      forced = new AnalysisResult.Done<>(forced(model, domains.orThrow()));
    } else {
      Failure f = domains.failureOrNull();
      unsatisfiable = f.kind() == Failure.Kind.UNSATISFIABLE_MODEL;
      dead = new AnalysisResult.NotChecked<>(f.message());
      forced = new AnalysisResult.NotChecked<>(f.message());
    }
    listener.progress("count", 0, 1);
    AnalysisResult<SolutionCount> count = count(model, cm, unsatisfiable, half(deadline));
    listener.progress("count", 1, 1);
    AnalysisResult<Redundancy> redundancy =
        unsatisfiable
            ? new AnalysisResult.NotChecked<>("the model admits no configuration")
            : RedundancyCheck.run(model, deadline, listener);
    return report(model, problems, count, dead, forced, redundancy);
  }

  private static AnalysisResult<SolutionCount> count(
      ProductModel model, CompiledModel cm, boolean unsatisfiable, Deadline deadline) {
    if (unsatisfiable) {
      return new AnalysisResult.Done<>(new SolutionCount(BigInteger.ZERO, true));
    }
    Result<BigInteger> exact = cm.count(deadline);
    return new AnalysisResult.Done<>(
        exact.isOk()
            ? new SolutionCount(exact.orThrow(), true)
            : new SolutionCount(ModelKinds.upperBound(model), false));
  }

  private static List<ValueRef> dead(ProductModel model, ValidDomains domains) {
    List<ValueRef> dead = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      for (String v : domains.of(a.id()).refused()) {
        dead.add(new ValueRef(a.id(), v));
      }
    }
    return dead;
  }

  private static List<Forced> forced(ProductModel model, ValidDomains domains) {
    List<Forced> forced = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      AttributeDomain d = domains.of(a.id());
      if (d.offered().size() == 1 && !d.unsetPossible()) {
        forced.add(new Forced(a.id(), Forced.Kind.VALUE, d.offered().get(0)));
      } else if (d.offered().isEmpty() && d.unsetPossible()) {
        forced.add(new Forced(a.id(), Forced.Kind.UNSET, Decision.UNSET));
      } else if (a.optional() && !d.unsetPossible() && d.offered().size() > 1) {
        forced.add(new Forced(a.id(), Forced.Kind.SET, ""));
      }
    }
    return forced;
  }

  /** A deadline halfway between now and {@code deadline}. */
  static Deadline half(Deadline deadline) {
    long now = System.nanoTime();
    long left = Math.max(0, deadline.endNanos() - now);
    return new Deadline(now + left / 2);
  }

  private static CheckReport report(
      ProductModel model,
      List<String> problems,
      AnalysisResult<SolutionCount> count,
      AnalysisResult<List<ValueRef>> dead,
      AnalysisResult<List<Forced>> forced,
      AnalysisResult<Redundancy> redundancy) {
    return new CheckReport(
        model.id(),
        model.attributes().size(),
        ModelKinds.attributeKinds(model),
        model.constraints().size(),
        ModelKinds.constraintKinds(model),
        problems,
        count,
        dead,
        forced,
        redundancy);
  }
}
