package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceLine;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theDatabasePagesThroughAllOfAnOwnersDesigns(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      pagesThroughAll(new JdbiSavedDesigns(db));
    }
  }

  @Test
  void memoryPagesThroughAllOfAnOwnersDesigns() {
    pagesThroughAll(new InMemorySavedDesigns());
  }

  /**
   * 500 designs, saved three to a microsecond (so the id decides among them), paged by the cursor:
   * every design once, in the order of a plain sort (the oracle); another owner's never.
   */
  private static void pagesThroughAll(SavedDesigns store) {
    List<SavedDesign> saved = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // ids not in the order of their times: (i * 7919) % 500 scatters them
      SavedDesign d =
          new SavedDesign(
              String.format("pg%05d", (i * 7919) % 500),
              PIZZA.design(),
              PIZZA.price(),
              PIZZA.savedAt().plusSeconds(i / 3),
              7L,
              null,
              Map.of(),
              Map.of());
      saved.add(d);
      store.insert(d);
    }
    store.insert(
        new SavedDesign(
            "other001",
            PIZZA.design(),
            PIZZA.price(),
            PIZZA.savedAt(),
            8L,
            null,
            Map.of(),
            Map.of()));
    List<String> expected =
        saved.stream()
            .sorted(
                Comparator.comparing(SavedDesign::savedAt)
                    .thenComparing(SavedDesign::id)
                    .reversed())
            .map(SavedDesign::id)
            .toList();
    List<String> paged = new ArrayList<>();
    DesignCursor after = null;
    int pages = 0;
    while (true) {
      List<SavedDesign> page = store.ofOwner(7, after, SavedDesigns.MAX_LISTED);
      pages++;
      page.forEach(d -> paged.add(d.id()));
      if (page.size() < SavedDesigns.MAX_LISTED) {
        break;
      }
      after =
          DesignCursor.parse(DesignCursor.after(page.get(page.size() - 1)).text()).orElseThrow();
    }
    assertThat(pages).isEqualTo(3);
    assertThat(paged).isEqualTo(expected);
    assertThat(store.ofOwner(7, null, 10_000)).hasSize(SavedDesigns.MAX_LISTED + 1);
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
