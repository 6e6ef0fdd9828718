package dev.atelier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.sales.SalesFile;
import dev.atelier.server.recommend.EvaluationReport;
import dev.atelier.server.recommend.FoldIndex;
import dev.atelier.server.recommend.RecommendationEvaluation;
import dev.atelier.server.recommend.RecommenderSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier recommend-eval MODEL SALES --folds INDEX --fold K}: learns recommendations from
 * the sales lines of every fold but K, predicts each column of each line of fold K from the
 * previous columns, and prints how often the prediction differs from the sale and how long it took.
 * One instance per run; not thread-safe.
 */
@Command(
    name = "recommend-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates next-value recommendations on one fold of a sales history.",
      "Learns from the sales lines of every fold but K; then for each line of fold K and each"
          + " column in header order, decides the previous columns' values, predicts the"
          + " column's value among those still valid and compares it with the sale.",
      "Prints queries, wrong, wrong_rate and ms_per_query (and more) on standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated",
      "2:bad arguments, or a file with problems (file:line:col: message)",
      "3:the engine gave no answer (reason on standard error)"
    })
public final class RecommendEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
  private String model;

  @Parameters(
      index = "1",
      paramLabel = "SALES",
      description =
          "Sales history (optionally .gz): a header of attribute names, then one sold"
              + " configuration per line; -1 means the optional attribute is absent.")
  private Path sales;

  @Option(
      names = "--folds",
      paramLabel = "INDEX",
      required = true,
      description = "The fold of each sales line, one number per line.")
  private Path folds;

  @Option(names = "--fold", paramLabel = "K", required = true, description = "The fold to predict.")
  private int fold;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the numbers as JSON.")
  private Path json;

  @Mixin private FormatOption format;

  @Option(
      names = "--decay",
      paramLabel = "A",
      description = "Weight factor exp(-A) per decision a past order differs on (default: 0.5).")
  private double decay = RecommenderSettings.defaults().neighbourDecay();

  @Option(
      names = "--popularity-exponent",
      paramLabel = "B",
      description = "A configuration ordered n times weighs n^B (default: 0.5).")
  private double popularityExponent = RecommenderSettings.defaults().popularityExponent();

  @Option(
      names = "--call-timeout-ms",
      paramLabel = "MS",
      defaultValue = "10000",
      description = "Deadline of each engine call (default: ${DEFAULT-VALUE}).")
  private long callMillis;

  @Override
  public Integer call() {
    PrintWriter out = format.out();
    PrintWriter err = format.err();
    RecommenderSettings settings = settings();
    Optional<ProductModel> read = format.load(model);
    if (read.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    Optional<SalesFile> history = salesFitting(read.get(), err);
    Optional<FoldIndex> index = history.flatMap(h -> foldIndexFor(h, err));
    if (index.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    Result<CompiledModel> compiled =
        CompiledModel.compile(read.get(), Deadline.inMillis(Math.max(callMillis, 60_000)));
    if (!compiled.isOk()) {
      return fail(err, "compile " + model, compiled.failureOrNull());
    }
    Result<EvaluationReport> report =
        RecommendationEvaluation.run(
            compiled.orThrow(), history.get(), index.get(), fold, settings, callMillis);
    if (!report.isOk()) {
      return fail(err, "evaluate", report.failureOrNull());
    }
    ObjectNode numbers = numbers(report.orThrow(), settings);
    numbers.properties().forEach(e -> out.println(e.getKey() + " " + e.getValue()));
    out.flush();
    if (json != null) {
      try {
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(json.toFile(), numbers);
      } catch (IOException e) {
        err.println(json + ":1:1: cannot write: " + e.getMessage());
        err.flush();
        return AtelierCommand.EXIT_BAD_INPUT;
      }
    }
    return AtelierCommand.EXIT_OK;
  }

  private RecommenderSettings settings() {
    try {
      return new RecommenderSettings(decay, popularityExponent);
    } catch (IllegalArgumentException e) {
      throw format.badArgument(String.valueOf(e.getMessage()));
    }
  }

  private Optional<SalesFile> salesFitting(ProductModel productModel, PrintWriter err) {
    SalesFile.Read read = SalesFile.read(sales);
    if (read instanceof SalesFile.Unreadable unreadable) {
      return report(err, unreadable.diagnostic());
    }
    SalesFile history = ((SalesFile.Parsed) read).sales();
    Optional<Diagnostic> problem = history.problemWith(productModel);
    return problem.isPresent() ? report(err, problem.get()) : Optional.of(history);
  }

  private Optional<FoldIndex> foldIndexFor(SalesFile history, PrintWriter err) {
    FoldIndex.Read read = FoldIndex.read(folds);
    if (read instanceof FoldIndex.Unreadable unreadable) {
      return report(err, unreadable.diagnostic());
    }
    FoldIndex index = ((FoldIndex.Parsed) read).index();
    if (index.folds().size() != history.lines().size()) {
      return report(
          err,
          new Diagnostic(
              folds.toString(),
              1,
              1,
              "gives "
                  + index.folds().size()
                  + " folds, but "
                  + sales
                  + " has "
                  + history.lines().size()
                  + " sales lines"));
    }
    if (index.size(fold) == 0) {
      return report(
          err, new Diagnostic(folds.toString(), 1, 1, "no sales line is in fold " + fold));
    }
    return Optional.of(index);
  }

  private static <T> Optional<T> report(PrintWriter err, Diagnostic diagnostic) {
    err.println(diagnostic);
    err.flush();
    return Optional.empty();
  }

  private static ObjectNode numbers(EvaluationReport r, RecommenderSettings settings) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("fold", r.fold());
    n.put("training_lines", r.trainingLines());
    n.put("test_lines", r.testLines());
    n.put("columns", r.columns());
    n.put("queries", r.queries());
    n.put("wrong", r.wrong());
    n.put("wrong_rate", round(r.wrongRate(), 6));
    n.put("ms_per_query", round(r.msPerQuery(), 4));
    if (Double.isFinite(r.cpuMsPerQuery())) {
      n.put("cpu_ms_per_query", round(r.cpuMsPerQuery(), 4));
    } else {
      n.putNull("cpu_ms_per_query");
    }
    n.put("refused", r.refused());
    n.put("learn_ms", round(r.learnMillis(), 1));
    n.put("total_ms", round(r.totalMillis(), 1));
    n.put("decay", settings.neighbourDecay());
    n.put("popularity_exponent", settings.popularityExponent());
    return n;
  }

  private static double round(double value, int decimals) {
    return Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value));
  }

  private int fail(PrintWriter err, String step, Failure failure) {
    err.println("atelier: cannot " + step + ": " + failure.message());
    failure.details().forEach(d -> err.println("  " + d));
    err.flush();
    return AtelierCommand.EXIT_ENGINE_FAILURE;
  }
}
