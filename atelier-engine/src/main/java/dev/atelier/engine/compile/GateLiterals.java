package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprKind;
import dev.atelier.engine.model.ExprVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The literal equivalent to an expression: attribute literals for atoms, Tseitin gates for the
 * connectives, sum encodings for comparisons and counts. Not thread-safe; used only while
 * compiling.
 */
final class GateLiterals implements ExprVisitor<Integer> {
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
    Integer range = range(or.operands());
    return range != null ? range : cnf.or(literals(or.operands()));
  }

  /**
   * A contiguous range of one laddered attribute's values ("the count is 3 or more", how a slot's
   * instance is present) as the ladder's prefix literals, or null when {@code operands} are not
   * that: "at most value hi and not at most value lo-1". Instance i then hangs off one link of the
   * count's ladder instead of every count value above it, so the unrolled model stays a chain.
   */
  private Integer range(List<Expr> operands) {
    if (operands.size() < 2 || operands.get(0).kind() != ExprKind.IS) {
      return null;
    }
    Expr.Is first = (Expr.Is) operands.get(0);
    int attribute = vars.indexOf(first.attribute());
    int k = vars.valueLiterals(attribute).length;
    if (k <= Compiler.PAIRWISE_LIMIT) {
      return null;
    }
    boolean[] in = new boolean[k];
    for (Expr e : operands) {
      if (e.kind() != ExprKind.IS || !((Expr.Is) e).attribute().equals(first.attribute())) {
        return null;
      }
      Expr.Is is = (Expr.Is) e;
      in[vars.valueIndexOf(attribute, is.value())] = true;
    }
    int lo = 0;
    while (!in[lo]) {
      lo++;
    }
    int hi = lo;
    while (hi + 1 < k && in[hi + 1]) {
      hi++;
    }
    for (int j = hi + 1; j < k; j++) {
      if (in[j]) {
        return null;
      }
    }
    int[] values = vars.valueLiterals(attribute);
    // The same calls as the domain's ladder (Compiler.encodeDomain): the gates are its own.
    int[] prefix = new int[hi + 1];
    prefix[0] = values[0];
    for (int j = 1; j <= hi; j++) {
      prefix[j] = cnf.or(prefix[j - 1], values[j]);
    }
    return lo == 0 ? prefix[hi] : cnf.and(prefix[hi], -prefix[lo - 1]);
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
    int lit =
        switch (op) {
          case LE -> sum.atMost(bound);
          case LT -> sum.atMost(bound - 1);
          case GE -> -sum.atMost(bound - 1);
          case GT -> -sum.atMost(bound);
          case EQ -> cnf.and(sum.atMost(bound), -sum.atMost(bound - 1));
          case NE -> -cnf.and(sum.atMost(bound), -sum.atMost(bound - 1));
        };
    sum.addOrderClauses();
    return lit;
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
