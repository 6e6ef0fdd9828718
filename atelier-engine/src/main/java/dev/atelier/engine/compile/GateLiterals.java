package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The literal equivalent to an expression: attribute literals for atoms, Tseitin gates for the
 * connectives, sum encodings for comparisons and counts. Not thread-safe; used only while
 * compiling.
 */
final class GateLiterals implements Expr.Visitor<Integer> {
  private final CnfBuilder cnf;
  private final VariableMap vars;

  GateLiterals(CnfBuilder cnf, VariableMap vars) {
    this.cnf = cnf;
    this.vars = vars;
  }

  /** A literal equivalent to {@code expr}. */
  int literal(Expr expr) {
    return expr.accept(this);
  }

  @Override
  public Integer visitConst(Expr.Const c) {
    return c.value() ? cnf.trueLit() : -cnf.trueLit();
  }

  @Override
  public Integer visitIs(Expr.Is is) {
    return vars.valueLiteral(is.attribute(), is.value());
  }

  @Override
  public Integer visitIsSet(Expr.IsSet set) {
    return vars.setLiteral(set.attribute());
  }

  @Override
  public Integer visitNot(Expr.Not not) {
    return -literal(not.operand());
  }

  @Override
  public Integer visitAnd(Expr.And and) {
    return cnf.and(literals(and.operands()));
  }

  @Override
  public Integer visitOr(Expr.Or or) {
    return cnf.or(literals(or.operands()));
  }

  @Override
  public Integer visitImplies(Expr.Implies imp) {
    return cnf.or(-literal(imp.condition()), literal(imp.consequence()));
  }

  @Override
  public Integer visitIff(Expr.Iff iff) {
    return cnf.iff(literal(iff.left()), literal(iff.right()));
  }

  @Override
  public Integer visitCompare(Expr.Compare cmp) {
    List<List<SumEncoder.Case>> terms = new ArrayList<>();
    for (Expr.Term t : cmp.terms()) {
      terms.add(numericCases(t.attribute(), t.coefficient()));
    }
    return compare(terms, cmp.op(), cmp.bound());
  }

  @Override
  public Integer visitCount(Expr.Count count) {
    List<List<SumEncoder.Case>> terms = new ArrayList<>();
    for (Expr e : count.operands()) {
      int lit = literal(e);
      terms.add(List.of(new SumEncoder.Case(lit, 1), new SumEncoder.Case(-lit, 0)));
    }
    return compare(terms, count.op(), count.k());
  }

  private List<Integer> literals(List<Expr> exprs) {
    List<Integer> lits = new ArrayList<>(exprs.size());
    for (Expr e : exprs) {
      lits.add(literal(e));
    }
    return lits;
  }

  private int compare(List<List<SumEncoder.Case>> terms, Expr.Op op, long bound) {
    SumEncoder sum = new SumEncoder(cnf, terms);
    return switch (op) {
      case LE -> sum.atMost(bound);
      case LT -> sum.atMost(bound - 1);
      case GE -> -sum.atMost(bound - 1);
      case GT -> -sum.atMost(bound);
      case EQ -> cnf.and(sum.atMost(bound), -sum.atMost(bound - 1));
      case NE -> -cnf.and(sum.atMost(bound), -sum.atMost(bound - 1));
    };
  }

  /** The cases of {@code coefficient * attribute} for a sum: one per value, and unset as 0. */
  private List<SumEncoder.Case> numericCases(String attribute, long coefficient) {
    int i = vars.indexOf(attribute);
    Attribute a = vars.attributes().get(i);
    List<SumEncoder.Case> cases = new ArrayList<>();
    List<String> ids = a.valueIds();
    for (int j = 0; j < ids.size(); j++) {
      long value =
          a instanceof BooleanAttribute
              ? (BooleanAttribute.TRUE.equals(ids.get(j)) ? 1 : 0)
              : Long.parseLong(ids.get(j));
      cases.add(new SumEncoder.Case(vars.valueLiteral(i, j), coefficient * value));
    }
    if (a.optional()) {
      cases.add(new SumEncoder.Case(-vars.setLiteral(i), 0));
    }
    return cases;
  }
}
