package dev.atelier.server.analytics;

import dev.atelier.server.analytics.AnalyticsJson.AttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.Demand;
import dev.atelier.server.analytics.AnalyticsJson.ModuleAttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.ModuleDemand;
import dev.atelier.server.analytics.AnalyticsJson.ValueDemand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demand for a module attribute over every instance of its slot: the decisions and orders of {@code
 * bays[1].doors}, {@code bays[2].doors} … summed as {@code doors} of {@code bays} ("glass 41 % of
 * all bays ordered"). Nested slots read {@code bays.drawers.front}. Stateless.
 */
final class ModuleFigures {
  private static final Pattern INSTANCE = Pattern.compile("^([^\\[.]+)\\[\\d+\\]\\.(.+)$");
  private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

  private ModuleFigures() {}

  /** Per-instance demand (flat addresses) summed per slot and module attribute. */
  static ModuleDemand of(Demand perAddress) {
    Map<String, Sum> sums = new LinkedHashMap<>();
    for (AttributeDemand a : perAddress.attributes()) {
      Matcher m = INSTANCE.matcher(a.attribute());
      if (!m.matches()) {
        continue;
      }
      String attribute = INDEX.matcher(m.group(2)).replaceAll("");
      sums.computeIfAbsent(m.group(1) + "\u0000" + attribute, k -> new Sum(m.group(1), attribute))
          .add(a);
    }
    List<ModuleAttributeDemand> out = new ArrayList<>();
    sums.values().forEach(s -> out.add(s.demand()));
    return new ModuleDemand(perAddress.product(), perAddress.version(), out);
  }

  /** The running sums of one module attribute. */
  private static final class Sum {
    private final String slot;
    private final String attribute;
    private final Map<String, long[]> values = new LinkedHashMap<>();
    private int instances;

    Sum(String slot, String attribute) {
      this.slot = slot;
      this.attribute = attribute;
    }

    void add(AttributeDemand a) {
      instances++;
      for (ValueDemand v : a.values()) {
        long[] n = values.computeIfAbsent(v.value(), k -> new long[2]);
        n[0] += v.decisions();
        n[1] += v.orders();
      }
    }

    ModuleAttributeDemand demand() {
      long decisions = values.values().stream().mapToLong(n -> n[0]).sum();
      long orders = values.values().stream().mapToLong(n -> n[1]).sum();
      List<ValueDemand> out = new ArrayList<>();
      values.forEach(
          (v, n) ->
              out.add(new ValueDemand(v, n[0], share(n[0], decisions), n[1], share(n[1], orders))));
      return new ModuleAttributeDemand(slot, attribute, instances, decisions, orders, out);
    }
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
