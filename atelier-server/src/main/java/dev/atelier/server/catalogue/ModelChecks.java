package dev.atelier.server.catalogue;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.check.CheckReport;
import dev.atelier.formats.check.Forced;
import dev.atelier.formats.check.ModelCheck;
import dev.atelier.formats.check.Outcome;
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
      out.add(diagnostic("error", "invalid-model", file, 1, 1, problem, null, null, null));
    }
    String configurations = null;
    boolean exact = false;
    if (r.count() instanceof Outcome.Done<SolutionCount> done) {
      configurations = done.value().value().toString();
      exact = done.value().exact();
      if (exact && done.value().value().equals(BigInteger.ZERO)) {
        out.add(
            diagnostic(
                "error",
                "unsatisfiable",
                file,
                1,
                1,
                "the model admits no configuration: its rules contradict each other",
                null,
                null,
                null));
      } else if (!exact) {
        out.add(info("count-bound", file, "configurations: " + done.value()));
      }
    } else {
      out.add(info("not-checked", file, "configurations " + r.count().render(x -> "")));
    }
    boolean unsatisfiable = exact && BigInteger.ZERO.toString().equals(configurations);
    if (r.problems().isEmpty()
        && !unsatisfiable
        && r.deadValues() instanceof Outcome.NotChecked<List<ValueRef>> nc) {
      out.add(
          diagnostic(
              "error",
              "too-hard",
              file,
              1,
              1,
              "valid domains could not be computed within the check's deadline ("
                  + nc.reason()
                  + "); a published model must answer customers quickly",
              null,
              null,
              null));
    }
    int dead = deadValues(r, at, file, out);
    int forced = 0;
    if (r.forced() instanceof Outcome.Done<List<Forced>> f) {
      for (Forced x : f.value()) {
        SourcePositions.Position p = at.attribute(x.attribute());
        out.add(
            diagnostic(
                "info",
                "forced",
                file,
                p.line(),
                p.column(),
                "forced: " + x,
                x.attribute(),
                x.value().isEmpty() ? null : x.value(),
                null));
        forced++;
      }
    }
    int redundant = 0;
    if (r.redundancy() instanceof Outcome.Done<Redundancy> red) {
      for (String rule : red.value().redundant()) {
        SourcePositions.Position p = at.rule(rule);
        out.add(
            diagnostic(
                "warning",
                "redundant-rule",
                file,
                p.line(),
                p.column(),
                "redundant rule: '" + rule + "' never restricts anything",
                null,
                null,
                rule));
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
    int errors = (int) out.stream().filter(x -> x.severity().equals("error")).count();
    int warnings = (int) out.stream().filter(x -> x.severity().equals("warning")).count();
    return new ModelReport(
        new ModelCounts(
            r.attributeCount(),
            r.constraintCount(),
            configurations,
            exact,
            dead,
            forced,
            redundant,
            errors,
            warnings),
        out);
  }

  private static int deadValues(
      CheckReport r, SourcePositions at, String file, List<ModelDiagnostic> out) {
    if (!(r.deadValues() instanceof Outcome.Done<List<ValueRef>> d)) {
      return 0;
    }
    for (ValueRef v : d.value()) {
      SourcePositions.Position p = at.value(v.attribute(), v.value());
      String message =
          "dead value: no valid configuration has " + v.attribute() + " = " + v.value();
      out.add(
          diagnostic(
              "warning",
              "dead-value",
              file,
              p.line(),
              p.column(),
              message,
              v.attribute(),
              v.value(),
              null));
    }
    return d.value().size();
  }

  /** A reader's diagnostic as an error. */
  static ModelDiagnostic syntax(Diagnostic d) {
    return diagnostic(
        "error", "syntax", d.file(), d.line(), d.column(), d.message(), null, null, null);
  }

  private static ModelDiagnostic info(String code, String file, String message) {
    return diagnostic("info", code, file, 1, 1, message, null, null, null);
  }

  private static ModelDiagnostic diagnostic(
      String severity,
      String code,
      String file,
      int line,
      int column,
      String message,
      String attribute,
      String value,
      String rule) {
    return new ModelDiagnostic(
        severity,
        code,
        file,
        line,
        column,
        message,
        attribute,
        value,
        rule,
        file + ":" + line + ":" + column + ": " + message);
  }
}
