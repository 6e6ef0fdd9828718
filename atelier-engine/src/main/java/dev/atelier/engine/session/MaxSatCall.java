package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.NamedAttributes;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One weighted MaxSAT problem over a compiled model that can be solved repeatedly with earlier
 * answers blocked: hard clauses, weighted soft literals, decisions, an optional budget on the price
 * terms. Each solve builds a fresh OLL solver (cheap next to the search). Not thread-safe.
 */
final class MaxSatCall {
  private static final WeightedMaxSat.Wording WORDING =
      new WeightedMaxSat.Wording(
          "proposing designs",
          "a weight exceeds " + Integer.MAX_VALUE,
          "no further design satisfies the needs");
  private final CompiledModel model;
  private final WeightedMaxSat maxSat;
  private final List<int[]> hard;
  private final List<long[]> soft;
  private final int[] decisions;
  private final List<int[]> blocked = new ArrayList<>();
  private final List<int[]> distance = new ArrayList<>();

  MaxSatCall(CompiledModel model, int numVars, List<int[]> hard, List<long[]> soft, int[] dec) {
    this.model = model;
    this.maxSat = new WeightedMaxSat(model, numVars);
    this.hard = List.copyOf(hard);
    this.soft = List.copyOf(soft);
    this.decisions = dec.clone();
  }

  /**
   * Excludes {@code configuration} and every configuration that agrees with it on the attributes
   * that matter: those with a priced value and those named in {@code conditions}.
   */
  void block(Configuration configuration, List<Expr> conditions) {
    Set<String> named = NamedAttributes.of(conditions);
    VariableMap map = model.variables();
    List<Integer> clause = new ArrayList<>();
    List<Attribute> attributes = map.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      if (!named.contains(a.id()) && !priced(a)) {
        continue;
      }
      String value = configuration.values().get(a.id());
      int j = value == null ? -1 : map.valueIndexOf(i, value);
      if (j >= 0) {
        clause.add(-map.valueLiteral(i, j));
      } else {
        for (int lit : map.valueLiterals(i)) {
          clause.add(lit);
        }
      }
    }
    if (clause.isEmpty()) {
      // Nothing matters to the customer: any other complete configuration is a new design.
      for (int i = 0; i < attributes.size(); i++) {
        String value = configuration.values().get(attributes.get(i).id());
        int j = value == null ? -1 : map.valueIndexOf(i, value);
        if (j >= 0) {
          clause.add(-map.valueLiteral(i, j));
        }
      }
    }
    blocked.add(clause.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Requires every later answer to differ from {@code configuration} in at least two of the
   * attributes that matter: those named in {@code conditions} when there are two or more, else
   * those and the priced ones. Lifted by {@link #relaxDistance()}.
   */
  void keepDistance(Configuration configuration, List<Expr> conditions) {
    Set<String> named = NamedAttributes.of(conditions);
    VariableMap map = model.variables();
    List<Attribute> attributes = map.attributes();
    List<Integer> differs = new ArrayList<>();
    for (int round = 0; round < 2 && differs.size() < 2; round++) {
      differs.clear();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute a = attributes.get(i);
        if (!named.contains(a.id()) && (round == 0 || !priced(a))) {
          continue;
        }
        String value = configuration.values().get(a.id());
        int j = value == null ? -1 : map.valueIndexOf(i, value);
        if (j >= 0) {
          differs.add(-map.valueLiteral(i, j));
        } else if (a.optional()) {
          differs.add(map.setLiteral(i));
        }
      }
    }
    if (differs.size() < 2) {
      return;
    }
    // At least two of the n literals hold exactly when every n-1 of them contain a true one.
    for (int skip = 0; skip < differs.size(); skip++) {
      int[] clause = new int[differs.size() - 1];
      int k = 0;
      for (int d = 0; d < differs.size(); d++) {
        if (d != skip) {
          clause[k++] = differs.get(d);
        }
      }
      distance.add(clause);
    }
  }

  /** Drops the distance requirements; false when there were none. */
  boolean relaxDistance() {
    boolean any = !distance.isEmpty();
    distance.clear();
    return any;
  }

  private static boolean priced(Attribute a) {
    for (String v : a.valueIds()) {
      if (a.priceOf(v) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The best remaining answer, or REFUSED when none is left, or TIMED_OUT. */
  Result<Completion> solve(Deadline deadline, List<Preference> preferences) {
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut(WORDING.task()));
    }
    List<int[]> clauses = new ArrayList<>(hard);
    clauses.addAll(blocked);
    clauses.addAll(distance);
    Result<Configuration> answer = maxSat.solve(clauses, decisions, soft, deadline, WORDING);
    if (!answer.isOk()) {
      return Result.failed(answer.failureOrNull());
    }
    Configuration configuration = answer.orThrow();
    long unmet = WeightedMaxSat.unmet(model, preferences, configuration);
    return Result.ok(new Completion(configuration, model.price(configuration), unmet));
  }
}
