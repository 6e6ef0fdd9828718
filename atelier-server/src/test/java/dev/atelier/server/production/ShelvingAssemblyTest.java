package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Configuration;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A shelving wall of two bays in production, on both databases: one "assemble bay" operation per
 * present bay books capacity at the cabinet assembly, and the staff queue names the bay ("Assemble
 * bay 2 of 2", "Fach 2 von 2 montieren"); absent bays 3 to 5 get no operation.
 */
class ShelvingAssemblyTest {

  static final Configuration TWO_BAYS =
      new Configuration(
          Map.ofEntries(
              Map.entry("wall_width", "200"),
              Map.entry("finish", "oak"),
              Map.entry("bays", "2"),
              Map.entry("bays[1].width", "80"),
              Map.entry("bays[1].height", "220"),
              Map.entry("bays[1].shelves", "4"),
              Map.entry("bays[1].doors", "glass"),
              Map.entry("bays[2].width", "60"),
              Map.entry("bays[2].height", "180"),
              Map.entry("bays[2].shelves", "2"),
              Map.entry("bays[2].doors", "none")));

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void eachBayIsAssembledAsItsOwnOperationThatBooksCapacity(TestDatabases.Kind kind) {
    ProductDefinition shelving = BillOfMaterialsTest.demo("shelving");
    try (Database db = TestDatabases.fresh(kind)) {
      ProductionPlanner planner = new ProductionPlanner(db.jdbi(), ProductionFlowTest.CLOCK, 60);
      ProductionFloor floor = new ProductionFloor(db.jdbi(), ProductionFlowTest.CLOCK);
      Booking booking =
          db.jdbi()
              .inTransaction(
                  h -> planner.book(h, "o-1", 1, shelving, TWO_BAYS, 1, ProductionFlowTest.MONDAY));
      assertThat(booking).isInstanceOf(Booking.Booked.class);

      List<QueuedOperation> all = db.jdbi().withHandle(h -> ProductionFloor.forOrder(h, "o-1"));
      assertThat(all)
          .extracting(QueuedOperation::operation)
          .containsExactly("cut", "assemble-bay-1", "assemble-bay-2");
      List<QueuedOperation> assembly =
          all.stream().filter(q -> q.workCentre().equals("cabinet-assembly")).toList();
      assertThat(assembly)
          .extracting(q -> q.label().get("en"))
          .containsExactly("Assemble bay 1 of 2", "Assemble bay 2 of 2");
      assertThat(assembly)
          .extracting(q -> q.label().get("de"))
          .containsExactly("Fach 1 von 2 montieren", "Fach 2 von 2 montieren");
      assertThat(assembly).extracting(QueuedOperation::minutes).containsExactly(30L, 30L);

      // The booked load of the assembly days holds both bays' minutes.
      long booked =
          assembly.stream()
              .map(q -> LocalDate.parse(q.firstDay()))
              .distinct()
              .mapToLong(
                  day -> db.jdbi().withHandle(h -> LoadLedger.booked(h, "cabinet-assembly", day)))
              .sum();
      assertThat(booked).isEqualTo(60);
      assertThat(floor.queue("cabinet-assembly").orElseThrow())
          .extracting(q -> q.label().get("en"))
          .contains("Assemble bay 2 of 2");
    }
  }
}
