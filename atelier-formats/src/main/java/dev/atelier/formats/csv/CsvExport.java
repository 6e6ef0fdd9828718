package dev.atelier.formats.csv;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports to CSV that {@link CompatibilityTableCsv} reads back: a table constraint (header =
 * attributes, one row per combination), or the valid configurations of a model (header = all
 * attributes, {@code ~} for an unset attribute) in model order. Stateless and thread-safe.
 */
public final class CsvExport {

  private CsvExport() {}

  /**
   * How an export of configurations ended.
   *
   * @param rows configurations written
   * @param complete whether every valid configuration was written
   * @param stoppedBecause why the export stopped early; empty when complete
   */
  public record Summary(long rows, boolean complete, String stoppedBecause) {}

  /** Writes {@code table}: its attributes as header, then its rows. */
  public static void writeTable(Constraint.Table table, Writer out, char separator)
      throws IOException {
    CsvWriter csv = new CsvWriter(out, separator);
    csv.row(table.attributes());
    for (List<String> row : table.rows()) {
      csv.row(row);
    }
    csv.flush();
  }

  /**
   * Writes the model's valid configurations, at most {@code limit}, until {@code deadline}. Each
   * row is found by a depth-first walk that only descends into values the engine accepts, so every
   * row written is valid and no configuration is written twice.
   */
  public static Summary writeConfigurations(
      CompiledModel model, Writer out, char separator, long limit, Deadline deadline)
      throws IOException {
    List<Attribute> attributes = model.model().attributes();
    CsvWriter csv = new CsvWriter(out, separator);
    csv.row(attributes.stream().map(Attribute::id).toList());
    Walk walk = new Walk(ConfigurationSession.start(model), attributes, csv, limit, deadline);
    walk.visit(0);
    csv.flush();
    String reason = walk.stopped == null ? "" : walk.stopped;
    return new Summary(walk.rows, walk.stopped == null, reason);
  }

  /** The depth-first walk over decisions. */
  private static final class Walk {
    private final ConfigurationSession session;
    private final List<Attribute> attributes;
    private final CsvWriter csv;
    private final long limit;
    private final Deadline deadline;
    private long rows;
    private String stopped;

    Walk(
        ConfigurationSession session,
        List<Attribute> attributes,
        CsvWriter csv,
        long limit,
        Deadline deadline) {
      this.session = session;
      this.attributes = attributes;
      this.csv = csv;
      this.limit = limit;
      this.deadline = deadline;
    }

    void visit(int i) throws IOException {
      if (stopped != null) {
        return;
      }
      if (i == attributes.size()) {
        if (rows >= limit) {
          stopped = "the limit of " + limit + " rows was reached";
          return;
        }
        List<String> row = new ArrayList<>();
        for (Attribute a : attributes) {
          row.add(
              session.decisions().stream()
                  .filter(d -> d.attribute().equals(a.id()))
                  .map(Decision::value)
                  .findFirst()
                  .orElse(Decision.UNSET));
        }
        csv.row(row);
        rows++;
        return;
      }
      Attribute a = attributes.get(i);
      List<String> choices = new ArrayList<>(a.valueIds());
      if (a.optional()) {
        choices.add(Decision.UNSET);
      }
      for (String v : choices) {
        if (deadline.expired()) {
          stopped = "the deadline passed";
        }
        if (stopped != null) {
          return;
        }
        if (session.decide(a.id(), v, deadline).isOk()) {
          visit(i + 1);
          session.undo();
        } else if (deadline.expired()) {
          stopped = "the deadline passed";
        }
      }
    }
  }
}
