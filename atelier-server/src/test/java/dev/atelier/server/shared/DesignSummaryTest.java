package dev.atelier.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Design lines when the model is known, and the ids when the pinned version is not. */
class DesignSummaryTest {

  private static final Catalogue CATALOGUE = Catalogue.demos(Deadline.inMillis(60_000));

  @Test
  void anUnknownVersionShowsTheIdsAndLeavesOutNoAndAbsent() {
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put("sauce", "tomato");
    configuration.put("onions", "false");
    configuration.put("monogram", "~");
    configuration.put("size", "small");
    List<DesignLine> lines =
        new DesignSummary(CATALOGUE).lines("pizza", "no-such-version", configuration);
    assertThat(lines)
        .extracting(DesignLine::attribute, DesignLine::kind, l -> l.label().get("en"))
        .containsExactly(
            tuple("sauce", DesignLine.CHOICE, "sauce"), tuple("size", DesignLine.CHOICE, "size"));
    assertThat(lines).extracting(l -> l.value().get("en")).containsExactly("tomato", "small");
  }

  @Test
  void aKnownVersionFollowsTheModelsAttributeOrder() {
    String version = CATALOGUE.current("pizza").orElseThrow().version();
    var model = CATALOGUE.find("pizza", version).orElseThrow().definition().model();
    Map<String, String> reversed = new LinkedHashMap<>();
    List<String> ids = model.attributes().stream().map(a -> a.id()).toList();
    for (int i = ids.size() - 1; i >= 0; i--) {
      String id = ids.get(i);
      reversed.put(id, model.attribute(id).orElseThrow().valueIds().get(0));
    }
    List<String> shown =
        new DesignSummary(CATALOGUE)
            .lines("pizza", version, reversed).stream().map(DesignLine::attribute).toList();
    assertThat(shown).isNotEmpty();
    assertThat(shown).isEqualTo(ids.stream().filter(shown::contains).toList());
  }
}
