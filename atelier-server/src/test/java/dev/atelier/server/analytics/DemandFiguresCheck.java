package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the demand figures (decisions and orders per value, heterogeneity, funnel) against {@link
 * ExpectedFigures}.
 */
final class DemandFiguresCheck {

  private DemandFiguresCheck() {}

  static void demand(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    List<Attribute> attributes = pv.model().attributes();
    assertThat(json.get("attributes")).hasSize(attributes.size());
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      JsonNode node = json.get("attributes").get(i);
      assertThat(node.get("attribute").asText()).isEqualTo(a.id());
      long decisions = 0;
      long orders = 0;
      for (String v : a.valueIds()) {
        decisions += x.count(EventKind.DECISION, a.id(), v);
        orders += x.count(EventKind.ORDER, a.id(), v);
      }
      assertThat(node.get("decisions").asLong()).isEqualTo(decisions);
      assertThat(node.get("orders").asLong()).isEqualTo(orders);
      for (JsonNode v : node.get("values")) {
        long d = x.count(EventKind.DECISION, a.id(), v.get("value").asText());
        long o = x.count(EventKind.ORDER, a.id(), v.get("value").asText());
        assertThat(v.get("decisions").asLong()).isEqualTo(d);
        assertThat(v.get("orders").asLong()).isEqualTo(o);
        assertThat(v.get("decisionShare").asDouble())
            .isCloseTo(decisions == 0 ? 0 : d / (double) decisions, within(1e-12));
        assertThat(v.get("orderShare").asDouble())
            .isCloseTo(orders == 0 ? 0 : o / (double) orders, within(1e-12));
      }
    }
  }

  static void heterogeneity(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    List<Attribute> attributes = pv.model().attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      JsonNode node = json.get("attributes").get(i);
      long total = 0;
      int distinct = 0;
      for (String v : a.valueIds()) {
        long n = x.count(EventKind.DECISION, a.id(), v);
        total += n;
        distinct += n > 0 ? 1 : 0;
      }
      double h = 0;
      for (String v : a.valueIds()) {
        long n = x.count(EventKind.DECISION, a.id(), v);
        if (n > 0) {
          double p = n / (double) total;
          h += -p * Math.log(p) / Math.log(2);
        }
      }
      int size = a.valueIds().size();
      assertThat(node.get("attribute").asText()).isEqualTo(a.id());
      assertThat(node.get("decisions").asLong()).isEqualTo(total);
      assertThat(node.get("distinctValues").asInt()).isEqualTo(distinct);
      assertThat(node.get("domainSize").asInt()).isEqualTo(size);
      assertThat(node.get("entropyBits").asDouble()).isCloseTo(h, within(1e-9));
      assertThat(node.get("normalised").asDouble())
          .isCloseTo(size > 1 ? h / (Math.log(size) / Math.log(2)) : 0.0, within(1e-9));
    }
  }

  static void funnel(ExpectedFigures x, JsonNode json) {
    Set<String> started = new HashSet<>();
    Set<String> decided = new HashSet<>();
    Set<String> completed = new HashSet<>();
    Set<String> ordered = new HashSet<>();
    Set<String> abandoned = new HashSet<>();
    for (DesignEvent e : x.events) {
      started.add(e.sessionKey());
      switch (e.kind()) {
        case ORDER -> {
          ordered.add(e.sessionKey());
          completed.add(e.sessionKey());
          decided.add(e.sessionKey());
        }
        case COMPLETION -> {
          completed.add(e.sessionKey());
          decided.add(e.sessionKey());
        }
        case DECISION -> decided.add(e.sessionKey());
        case ABANDONMENT -> abandoned.add(e.sessionKey());
        default -> {}
      }
    }
    abandoned.removeAll(completed);
    assertThat(json.get("started").asLong()).isEqualTo(started.size());
    assertThat(json.get("decided").asLong()).isEqualTo(decided.size());
    assertThat(json.get("completed").asLong()).isEqualTo(completed.size());
    assertThat(json.get("ordered").asLong()).isEqualTo(ordered.size()).isPositive();
    assertThat(json.get("abandoned").asLong()).isEqualTo(abandoned.size());
  }
}
