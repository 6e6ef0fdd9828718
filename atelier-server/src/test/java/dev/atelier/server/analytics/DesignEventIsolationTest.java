package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One design event that does not fit a row never takes its batch down, on H2 and PostgreSQL (issue
 * 13, item 4): the other sessions' events are stored, the bad one is counted as failed.
 */
class DesignEventIsolationTest {

  private static DesignEvent event(int i, String value) {
    return new DesignEvent(
        Instant.EPOCH.plusSeconds(i),
        EventKind.DECISION,
        "bicycle",
        "2025.1",
        "s:session-" + i,
        null,
        "frame",
        value,
        null);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTooLongValueIsRefusedAloneAndTheOthersAreStored(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      DesignEventStore store = new DesignEventStore(db);
      List<DesignEvent> events = new ArrayList<>();
      for (int i = 0; i < 110; i++) {
        events.add(event(i, "steel"));
      }
      events.add(55, event(999, "x".repeat(300)));
      events.add(event(1000, "a\u0000b"));
      try (DesignEventRecorder recorder = new DesignEventRecorder(store, 1_000)) {
        assertThat(recorder.recordAll(events)).isEqualTo(112);
        recorder.flush();
        assertThat(recorder.failed()).isEqualTo(2);
      }
      assertThat(store.valueCounts("bicycle", "2025.1"))
          .containsExactly(
              new DesignEventStore.ValueCount(EventKind.DECISION, "frame", "steel", 110));
      assertThat(store.sessions("bicycle", "2025.1", List.of())).isEqualTo(110);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRowTheDatabaseRefusesIsIsolatedToo(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      DesignEventStore store = new DesignEventStore(db);
      List<DesignEvent> events = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        events.add(event(i, "alu"));
      }
      // A row only the database refuses (a constraint added here): the batch fails and is
      // written again row by row, losing that row alone.
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "ALTER TABLE design_event ADD CONSTRAINT no_poison"
                          + " CHECK (attr_value <> 'poison')"));
      events.add(10, event(500, "poison"));
      try (DesignEventRecorder recorder = new DesignEventRecorder(store, 1_000)) {
        recorder.recordAll(events);
        recorder.flush();
        assertThat(recorder.failed()).isEqualTo(1);
      }
      assertThat(store.valueCounts("bicycle", "2025.1"))
          .containsExactly(new DesignEventStore.ValueCount(EventKind.DECISION, "frame", "alu", 20));
    }
  }
}
