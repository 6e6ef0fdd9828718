package dev.atelier.server.analytics;

import dev.atelier.server.analytics.AnalyticsJson.AddSuggestion;
import dev.atelier.server.analytics.AnalyticsJson.AttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.AttributeEntropy;
import dev.atelier.server.analytics.AnalyticsJson.Demand;
import dev.atelier.server.analytics.AnalyticsJson.DepartmentWishes;
import dev.atelier.server.analytics.AnalyticsJson.Funnel;
import dev.atelier.server.analytics.AnalyticsJson.Heterogeneity;
import dev.atelier.server.analytics.AnalyticsJson.ModuleAttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.ModuleDemand;
import dev.atelier.server.analytics.AnalyticsJson.OrderFigures;
import dev.atelier.server.analytics.AnalyticsJson.PruneSuggestion;
import dev.atelier.server.analytics.AnalyticsJson.RepairStats;
import dev.atelier.server.analytics.AnalyticsJson.Repairs;
import dev.atelier.server.analytics.AnalyticsJson.Revenue;
import dev.atelier.server.analytics.AnalyticsJson.RuleHits;
import dev.atelier.server.analytics.AnalyticsJson.Rules;
import dev.atelier.server.analytics.AnalyticsJson.Suggestions;
import dev.atelier.server.analytics.AnalyticsJson.ValueDemand;
import dev.atelier.server.analytics.AnalyticsJson.Wishes;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV export of each analytics figure: one row per value, rule, stage, department or
 * suggestion; numbers as in the JSON (shares and entropies at full double precision). Stateless.
 */
final class AnalyticsCsv {

  private AnalyticsCsv() {}

  static String modules(ModuleDemand d) {
    List<List<Object>> rows = new ArrayList<>();
    for (ModuleAttributeDemand a : d.modules()) {
      addValueRows(rows, List.of(a.slot(), a.attribute()), a.values());
    }
    return Csv.of(valueHeader("slot", "attribute"), rows);
  }

  static String demand(Demand d) {
    List<List<Object>> rows = new ArrayList<>();
    for (AttributeDemand a : d.attributes()) {
      addValueRows(rows, List.of(a.attribute()), a.values());
    }
    return Csv.of(valueHeader("attribute"), rows);
  }

  /** One row per value: the {@code key} cells, then the value's demand. */
  private static void addValueRows(
      List<List<Object>> rows, List<Object> key, List<ValueDemand> values) {
    for (ValueDemand v : values) {
      List<Object> row = new ArrayList<>(key);
      row.addAll(List.of(v.value(), v.decisions(), v.decisionShare(), v.orders(), v.orderShare()));
      rows.add(row);
    }
  }

  /** The {@code key} columns, then those {@link #addValueRows} writes. */
  private static List<String> valueHeader(String... key) {
    List<String> header = new ArrayList<>(List.of(key));
    header.addAll(List.of("value", "decisions", "decision_share", "orders", "order_share"));
    return header;
  }

  static String rules(Rules r) {
    List<List<Object>> rows = new ArrayList<>();
    for (RuleHits h : r.rules()) {
      rows.add(java.util.Arrays.asList(h.rule(), h.label(), h.department(), h.refusals()));
    }
    return Csv.of(List.of("rule", "label", "department", "refusals"), rows);
  }

  static String repairs(Repairs r) {
    List<List<Object>> rows = new ArrayList<>();
    for (RepairStats s : r.values()) {
      rows.add(List.of(s.attribute(), s.value(), s.shown(), s.accepted(), s.rejected()));
    }
    return Csv.of(List.of("attribute", "value", "shown", "accepted", "rejected"), rows);
  }

  static String funnel(Funnel f) {
    return Csv.of(
        List.of("stage", "sessions"),
        List.of(
            List.of("started", f.started()),
            List.of("decided", f.decided()),
            List.of("completed", f.completed()),
            List.of("ordered", f.ordered()),
            List.of("abandoned", f.abandoned())));
  }

  static String orders(OrderFigures o) {
    List<List<Object>> rows = new ArrayList<>();
    for (Revenue r : o.revenue()) {
      rows.add(List.of(r.currency(), r.orders(), r.units(), r.total()));
    }
    return Csv.of(List.of("currency", "orders", "units", "revenue_minor_units"), rows);
  }

  static String wishes(Wishes w) {
    List<List<Object>> rows = new ArrayList<>();
    for (DepartmentWishes d : w.departments()) {
      rows.add(List.of(d.department(), d.wishes()));
    }
    return Csv.of(List.of("department", "wishes"), rows);
  }

  static String heterogeneity(Heterogeneity h) {
    List<List<Object>> rows = new ArrayList<>();
    for (AttributeEntropy e : h.attributes()) {
      rows.add(
          List.of(
              e.attribute(),
              e.decisions(),
              e.distinctValues(),
              e.domainSize(),
              e.entropyBits(),
              e.normalised()));
    }
    return Csv.of(
        List.of(
            "attribute",
            "decisions",
            "distinct_values",
            "domain_size",
            "entropy_bits",
            "normalised"),
        rows);
  }

  static String suggestions(Suggestions s) {
    List<List<Object>> rows = new ArrayList<>();
    for (AddSuggestion a : s.add()) {
      rows.add(java.util.Arrays.asList("add", a.attribute(), a.what(), a.reason(), a.count()));
    }
    for (PruneSuggestion p : s.prune()) {
      rows.add(List.of("prune", p.attribute(), p.value(), "never chosen", 0L));
    }
    return Csv.of(List.of("action", "attribute", "what", "reason", "count"), rows);
  }
}
