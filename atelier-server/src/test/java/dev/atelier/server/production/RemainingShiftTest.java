package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Configuration;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A promise counts only what is left of today's shift: jeans whose cutting exceeds the rest of the
 * cutting room's day are promised for the next working day; a service ships nothing.
 */
class RemainingShiftTest {

  private static final LocalDate MONDAY = ProductionFlowTest.MONDAY;

  @Test
  void theRestOfAShiftFromItsStartToItsEnd() {
    // An 8-hour shift from 07:00 to 15:00.
    assertThat(RemainingShift.left(480, LocalTime.of(6, 0))).isEqualTo(480);
    assertThat(RemainingShift.left(480, LocalTime.of(9, 19))).isEqualTo(341);
    assertThat(RemainingShift.left(480, LocalTime.of(14, 30))).isEqualTo(30);
    assertThat(RemainingShift.left(480, LocalTime.of(16, 0))).isZero();
    // Round the clock: the shift is the whole day; a closed day has nothing.
    assertThat(RemainingShift.left(1440, LocalTime.of(23, 0))).isEqualTo(60);
    assertThat(RemainingShift.left(0, LocalTime.of(8, 0))).isZero();
  }

  @Test
  @Tag("slow") // a fresh database
  void anOrderLateInTheDayEndsOnTheNextWorkingDay() {
    ProductDefinition jeans = BillOfMaterialsTest.demo("jeans");
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
      Promise.Dated morning =
          (Promise.Dated) planner(db, LocalTime.of(9, 0)).promise(jeans, JEANS, 2, MONDAY);
      assertThat(morning.date()).isEqualTo(MONDAY);

      // Cutting two pairs takes 12 + 2 × 15 = 42 minutes; at 14:30 the cutting room has 30 left.
      Promise.Dated late =
          (Promise.Dated) planner(db, LocalTime.of(14, 30)).promise(jeans, JEANS, 2, MONDAY);
      ScheduledOperation cut = late.operations().get(0);
      assertThat(cut.operation().minutes()).isEqualTo(42);
      assertThat(cut.slots()).extracting(Slot::minutes).containsExactly(30L, 12L);
      assertThat(late.date()).isEqualTo(MONDAY.plusDays(1));

      Promise.Dated evening =
          (Promise.Dated) planner(db, LocalTime.of(18, 0)).promise(jeans, JEANS, 1, MONDAY);
      assertThat(evening.slots()).allSatisfy(s -> assertThat(s.day()).isAfter(MONDAY));
    }
  }

  @Test
  @Tag("slow") // a fresh database
  void aServiceShipsNothingAndGoodsDo() {
    ProductDefinition insurance = BillOfMaterialsTest.demo("insurance");
    Configuration policy =
        new Configuration(Map.of("bike_type", "city", "bike_value", "1200", "coverages", "1"));
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
      ProductionPlanner planner = planner(db, LocalTime.of(9, 0));
      assertThat(Routing.operations(insurance, policy, 1)).isNotEmpty();
      assertThat(planner.ships(insurance, policy)).isFalse();
      assertThat(planner.ships(BillOfMaterialsTest.demo("jeans"), JEANS)).isTrue();
    }
  }

  private static final Configuration JEANS = BillOfMaterialsTest.JEANS;

  private static ProductionPlanner planner(Database db, LocalTime time) {
    return new ProductionPlanner(
        db.jdbi(), Clock.fixed(MONDAY.atTime(time).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), 60);
  }
}
