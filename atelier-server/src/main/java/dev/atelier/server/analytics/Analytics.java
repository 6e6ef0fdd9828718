package dev.atelier.server.analytics;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.formats.product.Department;
import dev.atelier.server.analytics.AnalyticsJson.AddSuggestion;
import dev.atelier.server.analytics.AnalyticsJson.AttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.AttributeEntropy;
import dev.atelier.server.analytics.AnalyticsJson.Demand;
import dev.atelier.server.analytics.AnalyticsJson.DepartmentWishes;
import dev.atelier.server.analytics.AnalyticsJson.Funnel;
import dev.atelier.server.analytics.AnalyticsJson.Heterogeneity;
import dev.atelier.server.analytics.AnalyticsJson.ModuleDemand;
import dev.atelier.server.analytics.AnalyticsJson.PruneSuggestion;
import dev.atelier.server.analytics.AnalyticsJson.RepairStats;
import dev.atelier.server.analytics.AnalyticsJson.Repairs;
import dev.atelier.server.analytics.AnalyticsJson.RuleHits;
import dev.atelier.server.analytics.AnalyticsJson.Rules;
import dev.atelier.server.analytics.AnalyticsJson.Suggestions;
import dev.atelier.server.analytics.AnalyticsJson.ValueDemand;
import dev.atelier.server.analytics.AnalyticsJson.Wishes;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.wishes.WishStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the analytics figures of one product version from the counts the database aggregates.
 * Thread-safe. Figures over {@code events} and {@code wishes}.
 */
public record Analytics(DesignEventStore events, WishStore wishes) {

  /** Counts of {@code kind} per attribute and value. */
  private static Map<String, Long> counts(ValueCounts all, EventKind kind) {
    return all.byKind.getOrDefault(kind, Map.of());
  }

  /** Demand per value. */
  public Demand demand(ProductVersion pv) {
    ValueCounts all = new ValueCounts(events.valueCounts(pv.product(), pv.version()));
    Map<String, Long> decided = counts(all, EventKind.DECISION);
    Map<String, Long> ordered = counts(all, EventKind.ORDER);
    List<AttributeDemand> out = new ArrayList<>();
    for (Attribute a : pv.model().attributes()) {
      long decisions = 0;
      long orders = 0;
      for (String v : a.valueIds()) {
        decisions += decided.getOrDefault(key(a.id(), v), 0L);
        orders += ordered.getOrDefault(key(a.id(), v), 0L);
      }
      List<ValueDemand> values = new ArrayList<>();
      for (String v : a.valueIds()) {
        long d = decided.getOrDefault(key(a.id(), v), 0L);
        long o = ordered.getOrDefault(key(a.id(), v), 0L);
        values.add(new ValueDemand(v, d, share(d, decisions), o, share(o, orders)));
      }
      out.add(new AttributeDemand(a.id(), decisions, orders, values));
    }
    return new Demand(pv.product(), pv.version(), out);
  }

  /** Demand per module attribute, summed over the instances of its slot. */
  public ModuleDemand modules(ProductVersion pv) {
    return ModuleFigures.of(demand(pv));
  }

  /** The rules by refusals, most first (ties by rule id). */
  public Rules rules(ProductVersion pv) {
    Map<String, Long> hits = events.ruleCounts(pv.product(), pv.version());
    ValueCounts all = new ValueCounts(events.valueCounts(pv.product(), pv.version()));
    long refusals = counts(all, EventKind.REFUSAL).values().stream().mapToLong(x -> x).sum();
    List<RuleHits> rules = new ArrayList<>();
    for (Constraint c : pv.model().constraints()) {
      rules.add(
          new RuleHits(
              c.id(),
              c.label().text(),
              pv.definition().departments().ownerOfRule(c.id()).map(Department::id).orElse(null),
              hits.getOrDefault(c.id(), 0L)));
    }
    rules.sort(
        Comparator.comparingLong(RuleHits::refusals).reversed().thenComparing(RuleHits::rule));
    return new Rules(pv.product(), pv.version(), refusals, rules);
  }

  /** Repairs per wanted value, most rejected first (ties by attribute, then value). */
  public Repairs repairs(ProductVersion pv) {
    ValueCounts all = new ValueCounts(events.valueCounts(pv.product(), pv.version()));
    List<RepairStats> out = new ArrayList<>();
    for (Attribute a : pv.model().attributes()) {
      for (String v : a.valueIds()) {
        String k = key(a.id(), v);
        long shown = counts(all, EventKind.REPAIR_SHOWN).getOrDefault(k, 0L);
        long accepted = counts(all, EventKind.REPAIR_ACCEPTED).getOrDefault(k, 0L);
        long rejected = counts(all, EventKind.REPAIR_REJECTED).getOrDefault(k, 0L);
        if (shown + accepted + rejected > 0) {
          out.add(new RepairStats(a.id(), v, shown, accepted, rejected));
        }
      }
    }
    out.sort(
        Comparator.comparingLong(RepairStats::rejected)
            .reversed()
            .thenComparing(RepairStats::attribute)
            .thenComparing(RepairStats::value));
    return new Repairs(pv.product(), pv.version(), out);
  }

  /** The funnel of distinct design sessions. */
  public Funnel funnel(ProductVersion pv) {
    String p = pv.product();
    String v = pv.version();
    return new Funnel(
        p,
        v,
        events.sessions(p, v, List.of()),
        events.sessions(p, v, List.of(EventKind.DECISION, EventKind.COMPLETION, EventKind.ORDER)),
        events.sessions(p, v, List.of(EventKind.COMPLETION, EventKind.ORDER)),
        events.sessions(p, v, List.of(EventKind.ORDER)),
        events.abandonedSessions(p, v));
  }

  /** Wishes per department: the model's departments first (in model order), then any other. */
  public Wishes wishes(ProductVersion pv) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Department d : pv.definition().departments().departments()) {
      counts.put(d.id(), 0L);
    }
    for (WishStore.TopicCount t : wishes.topics(pv.product(), pv.version())) {
      counts.merge(t.department(), t.count(), Long::sum);
    }
    return new Wishes(
        pv.product(),
        pv.version(),
        counts.entrySet().stream()
            .map(e -> new DepartmentWishes(e.getKey(), e.getValue()))
            .toList());
  }

  /** The entropy of the decided values per attribute. */
  public Heterogeneity heterogeneity(ProductVersion pv) {
    ValueCounts all = new ValueCounts(events.valueCounts(pv.product(), pv.version()));
    Map<String, Long> decided = counts(all, EventKind.DECISION);
    List<AttributeEntropy> out = new ArrayList<>();
    for (Attribute a : pv.model().attributes()) {
      List<Long> counts =
          a.valueIds().stream().map(v -> decided.getOrDefault(key(a.id(), v), 0L)).toList();
      long total = counts.stream().mapToLong(x -> x).sum();
      double h = Entropy.bits(counts);
      int domain = a.valueIds().size();
      out.add(
          new AttributeEntropy(
              a.id(),
              total,
              (int) counts.stream().filter(c -> c > 0).count(),
              domain,
              h,
              domain > 1 ? h / Entropy.log2(domain) : 0.0));
    }
    return new Heterogeneity(pv.product(), pv.version(), out);
  }

  /**
   * Values to add (a wish topic or a refused value counted at least {@code minCount} times) and to
   * prune (never decided nor ordered, once at least {@code minSessions} sessions started; never a
   * customer fact's measurement).
   */
  public Suggestions suggestions(ProductVersion pv, int minSessions, int minCount) {
    ValueCounts all = new ValueCounts(events.valueCounts(pv.product(), pv.version()));
    List<AddSuggestion> add = new ArrayList<>();
    for (WishStore.TopicCount t : wishes.topics(pv.product(), pv.version())) {
      if (t.count() >= minCount) {
        add.add(new AddSuggestion(t.attribute(), t.topic(), "wished", t.count()));
      }
    }
    Map<String, Long> decided = counts(all, EventKind.DECISION);
    Map<String, Long> ordered = counts(all, EventKind.ORDER);
    Map<String, Long> refused = counts(all, EventKind.REFUSAL);
    long sessions = events.sessions(pv.product(), pv.version(), List.of());
    List<PruneSuggestion> prune = new ArrayList<>();
    for (Attribute a : pv.model().attributes()) {
      for (String v : a.valueIds()) {
        String k = key(a.id(), v);
        if (refused.getOrDefault(k, 0L) >= minCount) {
          add.add(new AddSuggestion(a.id(), v, "refused", refused.getOrDefault(k, 0L)));
        }
        if (sessions >= minSessions
            && !pv.model().isFact(a.id())
            && decided.getOrDefault(k, 0L) == 0
            && ordered.getOrDefault(k, 0L) == 0) {
          prune.add(new PruneSuggestion(a.id(), v));
        }
      }
    }
    add.sort(
        Comparator.comparingLong(AddSuggestion::count)
            .reversed()
            .thenComparing(s -> s.reason() + "\u0000" + s.attribute() + "\u0000" + s.what()));
    return new Suggestions(pv.product(), pv.version(), sessions, minSessions, minCount, add, prune);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  static String key(String attribute, String value) {
    return attribute + "\u0000" + value;
  }

  /** Counts per kind, then per attribute and value. */
  private static final class ValueCounts {
    private final Map<EventKind, Map<String, Long>> byKind = new LinkedHashMap<>();

    ValueCounts(List<DesignEventStore.ValueCount> counts) {
      for (DesignEventStore.ValueCount c : counts) {
        if (c.value() != null) {
          byKind
              .computeIfAbsent(c.kind(), k -> new LinkedHashMap<>())
              .merge(key(c.attribute(), c.value()), c.count(), Long::sum);
        }
      }
    }
  }
}
