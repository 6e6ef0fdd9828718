package dev.atelier.formats.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link ModelCheck} found about a model. Immutable and thread-safe.
 *
 * @param modelId the model's id
 * @param attributeCount number of attributes
 * @param attributeKinds attribute kind ("enum", "boolean", "integer", "text") to count
 * @param constraintCount number of rules
 * @param constraintKinds rule kind ("requires", "excludes", "rule", "table", "cardinality",
 *     "linear") to count
 * @param problems structural problems (then nothing else is checked); empty when valid
 * @param count the number of valid configurations, exact or an upper bound
 * @param deadValues values no valid configuration uses, in model order
 * @param forced what every valid configuration has in common, in model order
 * @param redundancy rules that never restrict anything
 */
public record CheckReport(
    String modelId,
    int attributeCount,
    Map<String, Integer> attributeKinds,
    int constraintCount,
    Map<String, Integer> constraintKinds,
    List<String> problems,
    AnalysisResult<SolutionCount> count,
    AnalysisResult<List<ValueRef>> deadValues,
    AnalysisResult<List<Forced>> forced,
    AnalysisResult<Redundancy> redundancy) {

  public CheckReport {
    attributeKinds = Map.copyOf(attributeKinds);
    constraintKinds = Map.copyOf(constraintKinds);
    problems = List.copyOf(problems);
  }

  /** A plain-text report for people, one finding per line. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("model ").append(modelId).append('\n');
    sb.append("attributes: ").append(attributeCount).append(kinds(attributeKinds)).append('\n');
    sb.append("rules: ").append(constraintCount).append(kinds(constraintKinds)).append('\n');
    if (!problems.isEmpty()) {
      sb.append("problems: ").append(problems.size()).append('\n');
      problems.forEach(p -> sb.append("  ").append(p).append('\n'));
    }
    sb.append("configurations: ").append(count.render(SolutionCount::toString)).append('\n');
    sb.append("dead values: ").append(deadValues.render(CheckReport::list)).append('\n');
    sb.append("forced: ").append(forced.render(CheckReport::list)).append('\n');
    sb.append("redundant rules: ")
        .append(
            redundancy.render(
                r ->
                    list(r.redundant())
                        + (r.notChecked().isEmpty()
                            ? ""
                            : "; not checked (deadline): " + list(r.notChecked()))))
        .append('\n');
    return sb.toString();
  }

  private static String kinds(Map<String, Integer> kinds) {
    return kinds.isEmpty()
        ? ""
        : kinds.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ", " (", ")"));
  }

  private static String list(List<?> items) {
    return items.isEmpty()
        ? "none"
        : items.size()
            + ": "
            + items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
