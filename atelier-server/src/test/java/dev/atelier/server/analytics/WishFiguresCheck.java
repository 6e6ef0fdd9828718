package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.formats.product.Department;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.EventKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the wish figures (wishes per department, add and prune suggestions) against {@link
 * ExpectedFigures}.
 */
final class WishFiguresCheck {

  /** The fewest sessions before unchosen values are suggested for pruning. */
  static final int MIN_SESSIONS = 10;

  /** The topic each wish text counts under. */
  private static final Map<String, String> TOPICS =
      Map.of(
          "Titanium", "titanium",
          "titanium ", "titanium",
          "  TITANIUM!", "titanium",
          "A pink option", "a pink option",
          "pink option", "pink option",
          "Bamboo", "bamboo");

  private WishFiguresCheck() {}

  static void wishes(ExpectedFigures x, JsonNode json) {
    Map<String, Long> expected = new HashMap<>();
    for (Department d : x.pv.definition().departments().departments()) {
      expected.put(d.id(), 0L);
    }
    for (EventStream.WishSpec w : x.wishes) {
      expected.merge(ExpectedFigures.department(x.pv, w.attribute()), 1L, Long::sum);
    }
    Map<String, Long> actual = new HashMap<>();
    json.get("departments")
        .forEach(d -> actual.put(d.get("department").asText(), d.get("wishes").asLong()));
    assertThat(actual).isEqualTo(expected);
  }

  static void suggestions(ProductVersion pv, ExpectedFigures x, JsonNode json, int minCount) {
    Set<String> add = new HashSet<>();
    Map<String, Long> topics = new HashMap<>();
    for (EventStream.WishSpec w : x.wishes) {
      topics.merge(w.attribute() + "|" + TOPICS.get(w.text()), 1L, Long::sum);
    }
    topics.forEach(
        (k, n) -> {
          if (n >= minCount) {
            add.add(k + "|wished|" + n);
          }
        });
    Set<String> prune = new HashSet<>();
    Set<String> sessions = new HashSet<>();
    x.events.forEach(e -> sessions.add(e.sessionKey()));
    for (Attribute a : pv.model().attributes()) {
      for (String v : a.valueIds()) {
        long refused = x.count(EventKind.REFUSAL, a.id(), v);
        if (refused >= minCount) {
          add.add(a.id() + "|" + v + "|refused|" + refused);
        }
        if (sessions.size() >= MIN_SESSIONS
            && !pv.model().isFact(a.id())
            && x.count(EventKind.DECISION, a.id(), v) == 0
            && x.count(EventKind.ORDER, a.id(), v) == 0) {
          prune.add(a.id() + "|" + v);
        }
      }
    }
    Set<String> actualAdd = new HashSet<>();
    json.get("add")
        .forEach(
            s ->
                actualAdd.add(
                    (s.get("attribute").isNull() ? "null" : s.get("attribute").asText())
                        + "|"
                        + s.get("what").asText()
                        + "|"
                        + s.get("reason").asText()
                        + "|"
                        + s.get("count").asLong()));
    Set<String> actualPrune = new HashSet<>();
    json.get("prune")
        .forEach(s -> actualPrune.add(s.get("attribute").asText() + "|" + s.get("value").asText()));
    assertThat(json.get("sessions").asLong()).isEqualTo(sessions.size());
    assertThat(actualAdd).isEqualTo(add).isNotEmpty();
    assertThat(actualPrune).isEqualTo(prune).isNotEmpty();
  }
}
