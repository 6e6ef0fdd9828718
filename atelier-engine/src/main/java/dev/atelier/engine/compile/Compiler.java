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
import java.util.List;

/**
 * Compiles a validated model: attribute domains (one literal per value, at most one true, a ladder
 * encoding for large domains), then every rule in its own clause group, then price terms. Not
 * thread-safe; one instance per compilation.
 */
final class Compiler {
  private static final int PAIRWISE_LIMIT = 5;

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
        new Cnf(cnf.numVars(), cnf.trueLit(), cnf.clauses(), cnf.groups(), attributes.size());
    return new CompiledModel(model, vars, result, priceTerms);
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
