package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the refusal figures (refusals per rule, repairs shown, accepted and rejected) against
 * {@link ExpectedFigures}.
 */
final class RefusalFiguresCheck {

  private RefusalFiguresCheck() {}

  static void rules(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    Map<String, Long> byRule = new HashMap<>();
    long total = 0;
    for (DesignEvent e : x.events) {
      if (e.kind() == EventKind.REFUSAL) {
        total++;
        if (e.rule() != null) {
          byRule.merge(e.rule(), 1L, Long::sum);
        }
      }
    }
    assertThat(json.get("refusals").asLong()).isEqualTo(total);
    assertThat(json.get("rules")).hasSize(pv.model().constraints().size());
    long previous = Long.MAX_VALUE;
    for (JsonNode r : json.get("rules")) {
      long n = r.get("refusals").asLong();
      assertThat(n).isEqualTo(byRule.getOrDefault(r.get("rule").asText(), 0L));
      assertThat(n).isLessThanOrEqualTo(previous);
      previous = n;
    }
    assertThat(byRule.values().stream().mapToLong(v -> v).sum()).isPositive();
  }

  static void repairs(ExpectedFigures x, JsonNode json) {
    Map<String, List<Long>> expected = new HashMap<>();
    List<EventKind> kinds =
        List.of(EventKind.REPAIR_SHOWN, EventKind.REPAIR_ACCEPTED, EventKind.REPAIR_REJECTED);
    for (DesignEvent e : x.events) {
      int k = kinds.indexOf(e.kind());
      if (k >= 0) {
        List<Long> counts =
            expected.computeIfAbsent(
                e.attribute() + "=" + e.value(), key -> new ArrayList<>(List.of(0L, 0L, 0L)));
        counts.set(k, counts.get(k) + 1);
      }
    }
    Map<String, List<Long>> actual = new HashMap<>();
    for (JsonNode r : json.get("values")) {
      actual.put(
          r.get("attribute").asText() + "=" + r.get("value").asText(),
          List.of(r.get("shown").asLong(), r.get("accepted").asLong(), r.get("rejected").asLong()));
    }
    assertThat(actual).isEqualTo(expected).isNotEmpty();
  }
}
