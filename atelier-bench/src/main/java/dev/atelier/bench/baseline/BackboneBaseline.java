package dev.atelier.bench.baseline;

import dev.atelier.bench.run.DomainLayout;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.logicng.backbones.Backbone;
import org.logicng.backbones.BackboneGeneration;
import org.logicng.backbones.BackboneType;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;

/**
 * The reference answer from stock LogicNG: for a decision set, the backbone of the compiled CNF
 * plus one unit literal per decision, computed from scratch with {@link BackboneGeneration} (a
 * fresh MiniSat loaded with every clause each time) over the variables of all value literals and of
 * the optional attributes' set literals. A value is offered iff its literal is not forced false;
 * "unset" is possible iff the attribute is optional and its set literal is not forced true. The
 * clause formulas are built once (the {@link FormulaFactory} caches them anyway). Not thread-safe
 * (the formula factory is not).
 */
public final class BackboneBaseline {
  private final VariableMap vars;
  private final DomainLayout layout;
  private final FormulaFactory f = new FormulaFactory();
  private final List<Formula> clauses;
  private final List<Variable> relevant;
  private final Map<Variable, Integer> indexOf = new HashMap<>();
  private final int numVars;

  /** A baseline for {@code compiled}; builds the clause formulas. */
  public BackboneBaseline(CompiledModel compiled, DomainLayout layout) {
    this.vars = compiled.variables();
    this.layout = layout;
    Cnf cnf = compiled.cnf();
    this.numVars = cnf.numVars();
    clauses = new ArrayList<>(cnf.clauses().length);
    for (int[] clause : cnf.clauses()) {
      List<Literal> lits = new ArrayList<>(clause.length);
      for (int lit : clause) {
        lits.add(literal(lit));
      }
      clauses.add(f.clause(lits));
    }
    Set<Variable> wanted = new LinkedHashSet<>();
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      for (int lit : vars.valueLiterals(i)) {
        wanted.add(variable(Math.abs(lit)));
      }
      if (attributes.get(i).optional()) {
        wanted.add(variable(Math.abs(vars.setLiteral(i))));
      }
    }
    relevant = List.copyOf(wanted);
  }

  /** The valid domains under {@code decisions}, as a {@link DomainLayout} fingerprint. */
  public BitSet answer(List<Decision> decisions) {
    List<Formula> formulas = new ArrayList<>(clauses.size() + decisions.size());
    formulas.addAll(clauses);
    for (Decision d : decisions) {
      formulas.add(literal(decisionLiteral(d)));
    }
    Backbone backbone =
        BackboneGeneration.compute(formulas, relevant, BackboneType.POSITIVE_AND_NEGATIVE);
    return fingerprint(backbone);
  }

  private BitSet fingerprint(Backbone backbone) {
    BitSet bits = new BitSet(layout.size());
    if (!backbone.isSat()) {
      return bits;
    }
    boolean[] forcedTrue = new boolean[numVars + 1];
    boolean[] forcedFalse = new boolean[numVars + 1];
    for (Variable v : backbone.getPositiveBackbone()) {
      forcedTrue[indexOf.get(v)] = true;
    }
    for (Variable v : backbone.getNegativeBackbone()) {
      forcedFalse[indexOf.get(v)] = true;
    }
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      int[] lits = vars.valueLiterals(i);
      for (int j = 0; j < lits.length; j++) {
        boolean refused = lits[j] > 0 ? forcedFalse[lits[j]] : forcedTrue[-lits[j]];
        if (!refused) {
          bits.set(layout.valueBit(i, j));
        }
      }
      int set = vars.setLiteral(i);
      boolean setForced = set > 0 ? forcedTrue[set] : forcedFalse[-set];
      if (attributes.get(i).optional() && !setForced) {
        bits.set(layout.unsetBit(i));
      }
    }
    return bits;
  }

  private int decisionLiteral(Decision d) {
    int i = vars.indexOf(d.attribute());
    return d.isUnset()
        ? -vars.setLiteral(i)
        : vars.valueLiteral(i, vars.valueIndexOf(i, d.value()));
  }

  private Literal literal(int lit) {
    Variable v = variable(Math.abs(lit));
    return lit > 0 ? v : v.negate();
  }

  private Variable variable(int index) {
    Variable v = f.variable("v" + index);
    indexOf.putIfAbsent(v, index);
    return v;
  }
}
