package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder never loses count: every event is either stored or counted as dropped. */
class DesignEventRecorderTest {

  @Test
  void everyEventIsStoredOrCountedAsDropped() {
    try (Database db = Database.inMemory()) {
      DesignEventStore store = new DesignEventStore(db);
      List<DesignEvent> events = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        events.add(
            new DesignEvent(
                Instant.EPOCH.plusSeconds(i),
                EventKind.DECISION,
                "bicycle",
                "2025.1",
                "s:session-" + (i % 50),
                null,
                "frame",
                i % 2 == 0 ? "steel" : "alu",
                null));
      }
      int accepted;
      // A queue of 8 filled in a tight loop: events may be dropped; none may vanish uncounted.
      try (DesignEventRecorder recorder = new DesignEventRecorder(store, 8)) {
        accepted = recorder.recordAll(events);
        recorder.flush();
        assertThat(accepted + recorder.dropped()).isEqualTo(events.size());
        assertThat(recorder.failed()).isZero();
      }
      long stored =
          store.valueCounts("bicycle", "2025.1").stream()
              .mapToLong(DesignEventStore.ValueCount::count)
              .sum();
      assertThat(stored).isEqualTo(accepted).isPositive();
    }
  }

  @Test
  void aClosedRecorderDropsAndCounts() {
    try (Database db = Database.inMemory()) {
      DesignEventRecorder recorder = new DesignEventRecorder(new DesignEventStore(db), 100);
      DesignEvent e =
          new DesignEvent(
              Instant.EPOCH, EventKind.COMPLETION, "pc", "2025.1", "a:1", 1L, null, null, null);
      assertThat(recorder.record(e)).isTrue();
      recorder.close();
      assertThat(recorder.record(e)).isFalse();
      assertThat(recorder.dropped()).isEqualTo(1);
      assertThat(new DesignEventStore(db).sessions("pc", "2025.1", List.of())).isEqualTo(1);
    }
  }
}
