package dev.atelier.engine.compile;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.count.KnowledgeCompilation;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ModelProblem;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A model compiled to CNF once and shared by all sessions: the clauses, which literal stands for
 * which value, and the price terms. Immutable and thread-safe; sessions create their own solvers
 * from it.
 */
public final class CompiledModel {
  private final ProductModel model;
  private final VariableMap variables;
  private final Cnf cnf;
  private final List<PriceTerm> priceTerms;
  private final ConfigurationChecker checker;
  private volatile ClauseIndex clauseIndex;
  private final ConcurrentMap<Class<?>, Object> memos = new ConcurrentHashMap<>();
  private final KnowledgeCompilation knowledge;
  private volatile Optional<TableCsp> tableCsp;
  private final TableCompilation tables = new TableCompilation(this::tableCsp);

  CompiledModel(ProductModel model, VariableMap variables, Cnf cnf, List<PriceTerm> priceTerms) {
    this.model = model;
    this.variables = variables;
    this.cnf = cnf;
    this.priceTerms = List.copyOf(priceTerms);
    this.checker = new ConfigurationChecker(model);
    this.knowledge = new KnowledgeCompilation(cnf);
  }

  /**
   * Compiles {@code model}. Fails with INVALID_MODEL listing every problem, TOO_LARGE when a rule
   * cannot be encoded within limits, or TIMED_OUT. An unsatisfiable model compiles; its sessions
   * report it.
   */
  public static Result<CompiledModel> compile(ProductModel model, Deadline deadline) {
    List<ModelProblem> problems = ModelValidator.validate(model);
    if (!problems.isEmpty()) {
      return Result.failed(
          new Failure(
              Failure.Kind.INVALID_MODEL,
              "model "
                  + model.id()
                  + " has "
                  + problems.size()
                  + " problem(s); first: "
                  + problems.get(0),
              problems.stream().map(ModelProblem::toString).toList()));
    }
    try {
      return Result.ok(new Compiler(model).compile(deadline));
    } catch (SumEncoder.TooLarge e) {
      return Result.failed(Failure.Kind.TOO_LARGE, e.getMessage());
    } catch (Compiler.DeadlinePassed e) {
      return Result.failed(Failure.timedOut("compiling model " + model.id()));
    }
  }

  /** The source model. */
  public ProductModel model() {
    return model;
  }

  /** Which literal stands for which value. */
  public VariableMap variables() {
    return variables;
  }

  /** The clauses. */
  public Cnf cnf() {
    return cnf;
  }

  /** Occurrence lists of the clauses, built on first use. */
  public ClauseIndex clauseIndex() {
    ClauseIndex index = clauseIndex;
    if (index == null) {
      synchronized (this) {
        index = clauseIndex;
        if (index == null) {
          index = new ClauseIndex(cnf);
          clauseIndex = index;
        }
      }
    }
    return index;
  }

  /**
   * What a later layer learned about this model and published with {@link #offerMemo}, by its type
   * (the sessions' warm start with no decisions), once one has computed it.
   */
  public <T> Optional<T> memo(Class<T> type) {
    return Optional.ofNullable(type.cast(memos.get(type)));
  }

  /** Publishes {@code value} under {@code type} unless one was published already. */
  public <T> void offerMemo(Class<T> type, T value) {
    memos.putIfAbsent(type, type.cast(value));
  }

  /** Price contributions of values and components (the base price is separate). */
  public List<PriceTerm> priceTerms() {
    return priceTerms;
  }

  /** The rule a clause group stands for: an attribute's domain or a model rule. */
  public RuleRef ruleOfGroup(int group) {
    if (group < cnf.attributeCount()) {
      Attribute a = model.attributes().get(group);
      return new RuleRef("domain:" + a.id(), a.label().text() + " has one value");
    }
    Constraint c = model.constraints().get(group - cnf.attributeCount());
    return new RuleRef(c.id(), c.label().text());
  }

  /**
   * Encodes extra expressions over this model's attributes, numbering new variables after the
   * model's. Fails with TOO_LARGE when a sum cannot be encoded within limits.
   */
  public Result<Extension> encode(List<Expr> exprs) {
    return encode(exprs, Long.MAX_VALUE);
  }

  /**
   * Like {@link #encode(List)}, with one more literal after those of {@code exprs} when {@code
   * maxTotal} is not {@link Long#MAX_VALUE}: it holds exactly when the total price (base included)
   * is at most {@code maxTotal}.
   */
  public Result<Extension> encode(List<Expr> exprs, long maxTotal) {
    return new ExtensionEncoder(this).encode(exprs, maxTotal);
  }

  /**
   * Exact number of complete valid configurations. Unless the model is a table model (counted over
   * its clique tree), the background decision-DNNF (started here if it was not) races the CNF
   * counters and the first answer wins: the DNNF is linear to count once built (a 20-instance
   * modular model: 0.5 s against no answer in 10 s from the counters), the count-only search
   * answers at once where the DNNF is slow (one clause of 20,000 literals). The DNNF is not stopped
   * (sessions use it); a caller that needs only the number may {@link KnowledgeCompilation#cancel}
   * it.
   */
  public Result<BigInteger> count(Deadline deadline) {
    return BestCounter.count(this, new int[0], deadline, true);
  }

  /** Exact number of models of the CNF in which every literal of {@code units} holds. */
  public Result<BigInteger> count(int[] units, Deadline deadline) {
    return BestCounter.count(this, units, deadline);
  }

  /** The model as a CSP over its tables when every rule is an allowed-tuples table. */
  public Optional<TableCsp> tableCsp() {
    Optional<TableCsp> csp = tableCsp;
    if (csp == null) {
      csp = TableCsp.of(model, variables);
      tableCsp = csp;
    }
    return csp;
  }

  /**
   * The tables compiled to a clique tree in the background (started by the first call to it, within
   * a budget), shared by all sessions; empty for models that are not all tables.
   */
  public TableCompilation tables() {
    return tables;
  }

  /**
   * The CNF compiled to a decision-DNNF in the background (started by the first call to it, within
   * a budget), shared by all sessions.
   */
  public KnowledgeCompilation knowledge() {
    return knowledge;
  }

  /** Whether {@code configuration} is complete and valid, and which rules it violates. */
  public Validation validate(Configuration configuration) {
    return checker.validate(configuration);
  }

  /** Price breakdown of {@code configuration} (base, values, components). */
  public PriceBreakdown price(Configuration configuration) {
    return checker.price(configuration);
  }
}
