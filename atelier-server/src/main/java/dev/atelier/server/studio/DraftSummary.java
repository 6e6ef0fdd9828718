package dev.atelier.server.studio;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.studio.StudioJson.AttributeSummary;
import dev.atelier.server.studio.StudioJson.DraftSource;
import dev.atelier.server.studio.StudioJson.ValueSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A stored version as the studio's editor and forms show it; renaming a YAML source. */
final class DraftSummary {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private DraftSummary() {}

  /** {@code v} with its source, findings and the enum attributes the forms edit. */
  static DraftSource of(StoredVersion v, String status) {
    ModelReport report = Drafts.report(v);
    ProductDefinition d = Drafts.definition(v);
    ProductModel m = d.model();
    Set<String> rules = m.constraints().stream().map(c -> c.id()).collect(Collectors.toSet());
    Set<String> languages = new TreeSet<>(List.of("en", "de"));
    List<AttributeSummary> attributes = new ArrayList<>();
    for (Attribute a : m.attributes()) {
      if (!(a instanceof EnumAttribute e)) {
        continue;
      }
      languages.addAll(e.label().texts().keySet());
      List<ValueSummary> values = new ArrayList<>();
      for (Value x : e.values()) {
        languages.addAll(x.label().texts().keySet());
        values.add(
            new ValueSummary(
                x.id(),
                x.label().texts(),
                x.price() == 0 ? null : BigDecimal.valueOf(x.price(), 2).toPlainString(),
                rules.contains(SourceEdits.retiredRule(e.id(), x.id()))));
      }
      attributes.add(new AttributeSummary(e.id(), "enum", e.label().texts(), values));
    }
    return new DraftSource(
        v.product(),
        v.version(),
        v.source().format(),
        status,
        v.source().text(),
        report == null ? List.of() : report.diagnostics(),
        attributes,
        List.copyOf(languages));
  }

  /** A YAML source with its top-level {@code version} set to {@code version}. */
  static Outcome<String> renamed(String text, String version) {
    if (!NAME.matcher(version).matches()) {
      return Outcome.rejected(
          Problem.of(
              422,
              "invalid-name",
              "Invalid name",
              "'version' must be 1 to 64 letters, digits, '.', '_' or '-'",
              "version"));
    }
    Node old = YamlText.compose(text).map(n -> YamlText.get(n, "version")).orElse(null);
    if (!(old instanceof ScalarNode)) {
      return Outcome.rejected(Problem.badRequest("version", "the source has no 'version:'"));
    }
    int from = old.getStartMark().orElseThrow().getIndex();
    int to = old.getEndMark().orElseThrow().getIndex();
    return Outcome.ok(text.substring(0, from) + YamlText.quote(version) + text.substring(to));
  }
}
