package dev.atelier.bench.run;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.sales.SalesFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays real decision sequences: each sales line is a fresh session deciding its values column by
 * column ({@link SalesFile#ABSENT} decides "unset"), the valid domains timed after each decision. A
 * value that is not offered at its turn is counted as a refused replay and skipped; a value the
 * model does not know is counted as unknown and skipped. Not thread-safe.
 */
public final class ReplaySessions {
  private final CompiledModel compiled;
  private final DomainLayout layout;
  private final BenchConfig config;
  private final RunCounters counters;
  private final List<String> columns;

  private ReplaySessions(
      CompiledModel compiled,
      DomainLayout layout,
      BenchConfig config,
      RunCounters counters,
      List<String> columns) {
    this.compiled = compiled;
    this.layout = layout;
    this.config = config;
    this.counters = counters;
    this.columns = columns;
  }

  /**
   * A replayer for files with {@code columns}, or the first column that names no attribute of the
   * model.
   */
  public static Result<ReplaySessions> of(
      CompiledModel compiled,
      DomainLayout layout,
      BenchConfig config,
      RunCounters counters,
      List<String> columns) {
    VariableMap vars = compiled.variables();
    for (String column : columns) {
      if (vars.indexOf(column) < 0) {
        return Result.failed(
            Failure.Kind.UNKNOWN_ATTRIBUTE,
            "the sales file names '" + column + "', which is not an attribute of the model");
      }
    }
    return Result.ok(new ReplaySessions(compiled, layout, config, counters, columns));
  }

  /** Replays one sales line. */
  public SessionTrace replay(List<String> row) {
    TimedSession.Started started = TimedSession.start(compiled, layout, config.timeoutMillis());
    TimedSession session = started.session();
    Result<ValidDomains> domains = started.domains();
    int decided = 0;
    for (int c = 0; c < columns.size() && decided < config.maxDecisions() && domains.isOk(); c++) {
      Optional<Decision> decision = admissible(columns.get(c), row.get(c), domains.orThrow());
      if (decision.isPresent()) {
        domains = session.decide(decision.get());
        decided++;
      }
    }
    if (!domains.isOk()) {
      counters.failed(domains.failureOrNull());
    }
    return session.trace();
  }

  private Optional<Decision> admissible(String attribute, String raw, ValidDomains domains) {
    VariableMap vars = compiled.variables();
    int i = vars.indexOf(attribute);
    String value = SalesFile.ABSENT.equals(raw) ? Decision.UNSET : raw;
    boolean known =
        Decision.UNSET.equals(value)
            ? vars.attributes().get(i).optional()
            : vars.valueIndexOf(i, value) >= 0;
    if (!known) {
      counters.unknownReplays++;
      return Optional.empty();
    }
    AttributeDomain domain = domains.of(attribute);
    if (!domain.offers(value)) {
      counters.refusedReplays++;
      return Optional.empty();
    }
    return Optional.of(new Decision(attribute, value));
  }

  /** The traces of replaying {@code rows} in order. */
  public List<SessionTrace> replayAll(List<List<String>> rows) {
    List<SessionTrace> traces = new ArrayList<>();
    for (List<String> row : rows) {
      traces.add(replay(row));
    }
    return traces;
  }
}
