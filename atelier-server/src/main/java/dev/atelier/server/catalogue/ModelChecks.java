package dev.atelier.server.catalogue;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.check.AnalysisResult;
import dev.atelier.formats.check.CheckReport;
import dev.atelier.formats.check.Forced;
import dev.atelier.formats.check.ModelCheck;
import dev.atelier.formats.check.Redundancy;
import dev.atelier.formats.check.SolutionCount;
import dev.atelier.formats.check.ValueRef;
import dev.atelier.server.catalogue.ModelJson.ModelCounts;
import dev.atelier.server.catalogue.ModelJson.ModelDiagnostic;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link ModelCheck}'s findings and readers' diagnostics into positioned diagnostics: errors
 * (structural problems, no configuration at all, not compilable) block publication; dead values and
 * redundant rules are warnings; forced values and unfinished analyses are information. Stateless
 * and thread-safe.
 */
final class ModelChecks {

  private ModelChecks() {}

  /** Checks {@code model}, read from {@code text} (named {@code file}), within {@code deadline}. */
  static ModelReport check(ProductModel model, String text, String file, Deadline deadline) {
    CheckReport r = ModelCheck.run(model, deadline, (step, done, total) -> {});
    SourcePositions at = new SourcePositions(text);
    List<ModelDiagnostic> out = new ArrayList<>();
    for (String problem : r.problems()) {
      out.add(DiagnosticBuilder.of(Severity.ERROR, "invalid-model", file).message(problem));
    }
    String configurations = null;
    boolean exact = false;
    if (r.count() instanceof AnalysisResult.Done<SolutionCount> done) {
      configurations = done.value().value().toString();
      exact = done.value().exact();
      if (exact && done.value().value().equals(BigInteger.ZERO)) {
        out.add(
            DiagnosticBuilder.of(Severity.ERROR, "unsatisfiable", file)
                .message("the model admits no configuration: its rules contradict each other"));
      } else if (!exact) {
        out.add(info("count-bound", file, "configurations: " + done.value()));
      }
    } else {
      out.add(info("not-checked", file, "configurations " + r.count().render(x -> "")));
    }
    boolean unsatisfiable = exact && BigInteger.ZERO.toString().equals(configurations);
    if (r.problems().isEmpty()
        && !unsatisfiable
        && r.deadValues() instanceof AnalysisResult.NotChecked<List<ValueRef>> nc) {
      out.add(
          DiagnosticBuilder.of(Severity.ERROR, "too-hard", file)
              .message(
                  "valid domains could not be computed within the check's deadline ("
                      + nc.reason()
                      + "); a published model must answer customers quickly"));
    }
    int dead = deadValues(r, at, file, out);
    int forced = 0;
    if (r.forced() instanceof AnalysisResult.Done<List<Forced>> f) {
      for (Forced x : f.value()) {
        out.add(
            DiagnosticBuilder.of(Severity.INFO, forcedCode(x.kind()), file)
                .at(at.attribute(x.attribute()))
                .value(x.attribute(), x.value().isEmpty() ? null : x.value())
                .message("forced: " + x));
        forced++;
      }
    }
    int redundant = 0;
    if (r.redundancy() instanceof AnalysisResult.Done<Redundancy> red) {
      for (String rule : red.value().redundant()) {
        out.add(
            DiagnosticBuilder.of(Severity.WARNING, "redundant-rule", file)
                .at(at.rule(rule))
                .rule(rule)
                .message("redundant rule: '" + rule + "' never restricts anything"));
        redundant++;
      }
      if (!red.value().notChecked().isEmpty()) {
        out.add(
            info(
                "not-checked",
                file,
                "redundancy not checked (deadline) for rules " + red.value().notChecked()));
      }
    }
    return new ModelReport(
        new ModelCounts(
            r.attributeCount(),
            r.constraintCount(),
            configurations,
            exact,
            dead,
            forced,
            redundant,
            count(out, Severity.ERROR),
            count(out, Severity.WARNING)),
        out);
  }

  /**
   * The code of a forced finding: {@code forced} (always one value), {@code forced-unset} (an
   * optional attribute always left out) or {@code forced-set} (never left out), so a page can word
   * each in its own language without reading the English message.
   */
  private static String forcedCode(Forced.Kind kind) {
    return switch (kind) {
      case VALUE -> "forced";
      case UNSET -> "forced-unset";
      case SET -> "forced-set";
    };
  }

  private static int count(List<ModelDiagnostic> diagnostics, Severity severity) {
    return (int) diagnostics.stream().filter(x -> severity.is(x.severity())).count();
  }

  private static int deadValues(
      CheckReport r, SourcePositions at, String file, List<ModelDiagnostic> out) {
    if (!(r.deadValues() instanceof AnalysisResult.Done<List<ValueRef>> d)) {
      return 0;
    }
    for (ValueRef v : d.value()) {
      out.add(
          DiagnosticBuilder.of(Severity.WARNING, "dead-value", file)
              .at(at.value(v.attribute(), v.value()))
              .value(v.attribute(), v.value())
              .message(
                  "dead value: no valid configuration has " + v.attribute() + " = " + v.value()));
    }
    return d.value().size();
  }

  /** A reader's diagnostic as an error. */
  static ModelDiagnostic syntax(Diagnostic d) {
    return DiagnosticBuilder.of(Severity.ERROR, "syntax", d.file())
        .at(d.line(), d.column())
        .message(d.message());
  }

  private static ModelDiagnostic info(String code, String file, String message) {
    return DiagnosticBuilder.of(Severity.INFO, code, file).message(message);
  }
}
