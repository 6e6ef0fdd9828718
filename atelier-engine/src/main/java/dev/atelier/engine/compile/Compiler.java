package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a validated model: attribute domains (one literal per value, at most one true, a ladder
 * encoding for large domains), then every rule in its own clause group, then price terms. Not
 * thread-safe; one instance per compilation.
 */
final class Compiler {
  /** Domains of at most this many values get pairwise at-most-one; larger ones a ladder. */
  static final int PAIRWISE_LIMIT = 5;

  private static final Pattern INSTANCE_ADDRESS = Pattern.compile("[^\\[\\]]+\\[[0-9]+]\\.");

  private final ProductModel model;
  private final CnfBuilder cnf = new CnfBuilder(0);
  private final List<PriceTerm> priceTerms = new ArrayList<>();

  /** Thrown when the deadline passes during compilation. */
  static final class DeadlinePassed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlinePassed() {
      super("deadline passed while compiling");
    }
  }

  Compiler(ProductModel model) {
    this.model = model;
  }

  CompiledModel compile(Deadline deadline) {
    cnf.deadline(deadline);
    List<Attribute> attributes = model.attributes();
    int[][] valueLits = new int[attributes.size()][];
    int[] setLits = new int[attributes.size()];
    for (int i = 0; i < attributes.size(); i++) {
      cnf.group(i);
      encodeDomain(attributes.get(i), i, valueLits, setLits);
    }
    VariableMap vars = new VariableMap(attributes, valueLits, setLits);
    ExprEncoder encoder = new ExprEncoder(cnf, vars);
    TableEncoder tables = new TableEncoder(cnf, vars);
    List<Constraint> constraints = model.constraints();
    for (int c = 0; c < constraints.size(); c++) {
      if ((c & 255) == 0 && deadline.expired()) {
        throw new DeadlinePassed();
      }
      cnf.group(attributes.size() + c);
      Constraint constraint = constraints.get(c);
      if (!(constraint instanceof Constraint.Table t && t.allowed() && tables.encode(t))) {
        encoder.require(constraint.formula());
      }
    }
    cnf.group(CnfBuilder.DEFINITION);
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        long price = attributes.get(i).priceOf(ids.get(j));
        if (price != 0) {
          priceTerms.add(new PriceTerm(valueLits[i][j], price));
        }
      }
    }
    for (Component component : model.components()) {
      if (component.linePrice() != 0) {
        priceTerms.add(
            new PriceTerm(encoder.literal(component.condition()), component.linePrice()));
      }
    }
    Cnf result =
        new Cnf(
            cnf.numVars(),
            cnf.trueLit(),
            cnf.clauses(),
            cnf.groups(),
            attributes.size(),
            hasInstances(attributes) ? modelOrder(attributes, valueLits) : null);
    return new CompiledModel(model, vars, result, priceTerms);
  }

  /** Whether the model has unrolled module instances (attributes addressed like bays[2].doors). */
  private static boolean hasInstances(List<Attribute> attributes) {
    return attributes.stream().anyMatch(a -> INSTANCE_ADDRESS.matcher(a.id()).lookingAt());
  }

  /**
   * Branch ranks for unrolled module instances: the values of the attributes outside instances
   * first (the product's own, each slot's count), then the instances from the last to the first
   * (each instance's attributes in model order), auxiliary variables last. The instances form a
   * chain, and the decision diagrams of sums and counts over a slot define each node by the
   * instances from its own on (a running total from the last instance back). Once the count is
   * decided, absent instances propagate away, and deciding the rest from the last to the first lets
   * unit propagation evaluate every total: a knowledge compiler meets one component per reachable
   * state of the totals, over the instances still open. A primal graph's elimination order mixed
   * totals of different instances instead.
   */
  private int[] modelOrder(List<Attribute> attributes, int[][] valueLits) {
    List<Integer> outside = new ArrayList<>();
    Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      Matcher m = INSTANCE_ADDRESS.matcher(attributes.get(i).id());
      if (m.lookingAt()) {
        blocks.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(i);
      } else {
        outside.add(i);
      }
    }
    List<Integer> order = new ArrayList<>(outside);
    List<List<Integer>> instances = new ArrayList<>(blocks.values());
    Collections.reverse(instances);
    instances.forEach(order::addAll);
    int[] rank = new int[cnf.numVars() + 1];
    int next = 2 * cnf.numVars() + 1;
    for (int i : order) {
      for (int lit : valueLits[i]) {
        if (rank[Math.abs(lit)] == 0) {
          rank[Math.abs(lit)] = next--;
        }
      }
    }
    for (int v = cnf.numVars(); v >= 1; v--) {
      if (rank[v] == 0) {
        rank[v] = v;
      }
    }
    return rank;
  }

  private void encodeDomain(Attribute a, int i, int[][] valueLits, int[] setLits) {
    if (a instanceof BooleanAttribute && !a.optional()) {
      int v = cnf.newVar();
      valueLits[i] = new int[] {v, -v};
      setLits[i] = cnf.trueLit();
      return;
    }
    int k = a.valueIds().size();
    int[] slots = new int[k];
    for (int j = 0; j < k; j++) {
      slots[j] = cnf.newVar();
    }
    valueLits[i] = slots;
    int set;
    if (k <= PAIRWISE_LIMIT) {
      for (int x = 0; x < k; x++) {
        for (int y = x + 1; y < k; y++) {
          cnf.addClause(-slots[x], -slots[y]);
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int s : slots) {
        all.add(s);
      }
      set = cnf.or(all);
    } else {
      int prefix = slots[0];
      for (int j = 1; j < k; j++) {
        cnf.addClause(-prefix, -slots[j]);
        prefix = cnf.or(prefix, slots[j]);
      }
      set = prefix;
    }
    if (!a.optional()) {
      cnf.addClause(set);
    }
    setLits[i] = set;
  }
}
