package dev.atelier.server.recommend;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.formats.sales.SalesFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures a {@link Recommender} the way Brouard et al. (CP 2020) measured theirs: learn from the
 * sales lines of every fold but one; then for each sales line of that fold and each column in
 * header order, start from the previous columns' values as decisions, ask for the column's value
 * and compare it with what the customer bought. Each prediction is {@link Recommender#next(
 * ConfigurationSession, String, Deadline)}: only values the engine still offers. Stateless and
 * thread-safe.
 */
public final class RecommendationEvaluation {

  private RecommendationEvaluation() {}

  /**
   * Evaluates on {@code fold}. The sales must fit the model ({@link SalesFile#problemWith}) and
   * {@code index} must give one fold per sales line; each engine call gets {@code callMillis}.
   * Fails with the engine's failure when a call fails or times out.
   */
  public static Result<EvaluationReport> run(
      CompiledModel model,
      SalesFile sales,
      FoldIndex index,
      int fold,
      RecommenderSettings settings,
      long callMillis) {
    if (index.folds().size() != sales.lines().size()) {
      throw new IllegalArgumentException(
          index.folds().size() + " folds for " + sales.lines().size() + " sales lines");
    }
    List<Configuration> training = new ArrayList<>();
    List<List<String>> test = new ArrayList<>();
    for (int i = 0; i < sales.lines().size(); i++) {
      if (index.foldOf(i) == fold) {
        test.add(sales.lines().get(i).values());
      } else {
        training.add(sales.configuration(i));
      }
    }
    long start = System.nanoTime();
    Recommender recommender = Recommender.learn(sales.columns(), training, settings);
    double learnMillis = (System.nanoTime() - start) / 1e6;
    Tally tally = new Tally();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    start = System.nanoTime();
    for (List<String> row : test) {
      Optional<Failure> failure =
          predictLine(model, sales.columns(), row, recommender, tally, callMillis);
      if (failure.isPresent()) {
        return Result.failed(failure.get());
      }
    }
    double totalMillis = (System.nanoTime() - start) / 1e6;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    double cpuMillis = cpuStart < 0 || cpuNanos < 0 ? Double.NaN : cpuNanos / 1e6;
    return Result.ok(
        new EvaluationReport(
            fold,
            training.size(),
            test.size(),
            sales.columns().size(),
            tally.queries,
            tally.wrong,
            tally.refused,
            learnMillis,
            totalMillis,
            cpuMillis));
  }

  private static Optional<Failure> predictLine(
      CompiledModel model,
      List<String> columns,
      List<String> row,
      Recommender recommender,
      Tally tally,
      long callMillis) {
    ConfigurationSession session = ConfigurationSession.start(model);
    for (int c = 0; c < columns.size(); c++) {
      String attribute = columns.get(c);
      String sold = SalesFile.ABSENT.equals(row.get(c)) ? Decision.UNSET : row.get(c);
      Result<Recommendation> proposed =
          recommender.next(session, attribute, Deadline.inMillis(callMillis));
      if (!proposed.isOk()) {
        return Optional.of(proposed.failureOrNull());
      }
      tally.queries++;
      if (!proposed.orThrow().value().equals(sold)) {
        tally.wrong++;
      }
      Result<Decision> decided = session.decide(attribute, sold, Deadline.inMillis(callMillis));
      if (decided.failureOrNull() != null
          && decided.failureOrNull().kind() == Failure.Kind.REFUSED) {
        tally.refused++;
      } else if (!decided.isOk()) {
        return Optional.of(decided.failureOrNull());
      }
    }
    return Optional.empty();
  }

  /** Counts of one run; mutable, confined to it. */
  private static final class Tally {
    long queries;
    long wrong;
    long refused;
  }
}
