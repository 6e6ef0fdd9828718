package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceLine;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The saved-design stores keep the same contract: in memory, and in H2 and PostgreSQL. */
class SavedDesignsStoreTest {

  private static final SavedDesign PIZZA =
      new SavedDesign(
          "aZ3_-x9Q",
          new Design(
              "pizza", "2025.1", List.of(new Choice("size", "large"), new Choice("crust", "thin"))),
          new Price(
              "EUR",
              650,
              1150,
              false,
              List.of(
                  new PriceLine("base", "pizza", "Pizza", 650),
                  new PriceLine("value", "size=large", "Größe: Groß (40 cm)", 500))),
          Instant.parse("2026-03-01T10:15:30.123Z"));

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theDatabaseKeepsDesignsAndRefusesTakenIds(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      keepsDesignsAndRefusesTakenIds(new JdbiSavedDesigns(db));
    }
  }

  @Test
  void memoryKeepsDesignsAndRefusesTakenIds() {
    keepsDesignsAndRefusesTakenIds(new InMemorySavedDesigns());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theDatabaseListsAnOwnersNewestDesignsUpToTheLimit(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      listsTheNewestUpToTheLimit(new JdbiSavedDesigns(db));
    }
  }

  @Test
  void memoryListsAnOwnersNewestDesignsUpToTheLimit() {
    listsTheNewestUpToTheLimit(new InMemorySavedDesigns());
  }

  /** An account that kept saving (before: all of them, each with its texts, in one answer). */
  private static void listsTheNewestUpToTheLimit(SavedDesigns store) {
    int saved = SavedDesigns.MAX_LISTED + 5;
    for (int i = 0; i < saved; i++) {
      store.insert(
          new SavedDesign(
              String.format("own%05d", i),
              PIZZA.design(),
              PIZZA.price(),
              PIZZA.savedAt().plusSeconds(i),
              7L,
              "design " + i,
              Map.of(),
              Map.of()));
    }
    store.insert(PIZZA); // nobody's
    List<SavedDesign> listed = store.ofOwner(7);
    assertThat(listed).hasSize(SavedDesigns.MAX_LISTED);
    assertThat(listed.get(0).name()).isEqualTo("design " + (saved - 1));
    assertThat(listed.get(listed.size() - 1).name()).isEqualTo("design 5");
  }

  private static void keepsDesignsAndRefusesTakenIds(SavedDesigns store) {
    assertThat(store.find(PIZZA.id())).isEmpty();
    assertThat(store.insert(PIZZA)).isTrue();
    assertThat(store.find(PIZZA.id())).contains(PIZZA);
    SavedDesign other =
        new SavedDesign(
            PIZZA.id(),
            new Design("pc", "2025.1", List.of()),
            PIZZA.price(),
            PIZZA.savedAt().plusSeconds(1));
    assertThat(store.insert(other)).isFalse();
    assertThat(store.find(PIZZA.id())).contains(PIZZA);
    assertThat(store.find("aZ3_-x9q")).isEmpty();
  }
}
