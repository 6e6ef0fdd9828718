package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One customer's configuration session: decisions with undo/redo, and the questions asked about
 * them. Not thread-safe: use one session per customer (they are cheap; the compiled model is
 * shared).
 */
public final class ConfigurationSession {
  private ConfigurationSession() {}

  /** A new session with no decisions. */
  public static ConfigurationSession start(CompiledModel model) {
    throw new UnsupportedOperationException("in progress");
  }

  /** The compiled model. */
  public CompiledModel model() {
    throw new UnsupportedOperationException("in progress");
  }

  /** The decisions in the order made. */
  public List<Decision> decisions() {
    throw new UnsupportedOperationException("in progress");
  }

  /** Decides {@code attribute = value} if the value is offered; REFUSED otherwise. */
  public Result<Decision> decide(String attribute, String value, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Withdraws the decision on {@code attribute}. */
  public Result<Decision> retract(String attribute) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Undoes the last decide/retract/repair. */
  public Result<List<Decision>> undo() {
    throw new UnsupportedOperationException("in progress");
  }

  /** Redoes the last undone step. */
  public Result<List<Decision>> redo() {
    throw new UnsupportedOperationException("in progress");
  }

  /** The valid domain of every attribute. */
  public Result<ValidDomains> validDomains(Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Why {@code value} of {@code attribute} is refused, and a repair. */
  public Result<Explanation> explain(String attribute, String value, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Applies a repair as one undoable step. */
  public Result<List<Decision>> applyRepair(List<RepairStep> repair, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** An optimal complete configuration extending the decisions. */
  public Result<Completion> complete(Objective objective, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Whether {@code configuration} is complete and valid. */
  public Validation validate(Configuration configuration) {
    throw new UnsupportedOperationException("in progress");
  }

  /** The exact number of complete configurations extending the decisions. */
  public Result<BigInteger> count(Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** For each value of {@code attribute} (and {@link Decision#UNSET}): the count with it. */
  public Result<Map<String, BigInteger>> countPerValue(String attribute, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }
}
