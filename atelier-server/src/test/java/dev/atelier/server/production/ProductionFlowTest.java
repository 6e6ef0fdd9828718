package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.http.JsonBodies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An order of made-to-measure jeans from promise to shipping, on both databases. */
class ProductionFlowTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final Clock CLOCK =
      Clock.fixed(MONDAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void promiseBookWorkThroughTheQueuesAndShip(TestDatabases.Kind kind)
      throws JsonProcessingException {
    ProductDefinition jeans = BillOfMaterialsTest.demo("jeans");
    try (Database db = TestDatabases.fresh(kind)) {
      ProductionPlanner planner = new ProductionPlanner(db.jdbi(), CLOCK, 60);
      ProductionFloor floor = new ProductionFloor(db.jdbi(), CLOCK);
      Promise quote = planner.promise(jeans, BillOfMaterialsTest.JEANS, 2, MONDAY);
      assertThat(quote).isInstanceOf(Promise.Dated.class);
      List<PlannedOperation> ops = Routing.operations(jeans, BillOfMaterialsTest.JEANS, 2);
      Booking booking =
          db.jdbi()
              .inTransaction(
                  h -> {
                    Booking b =
                        planner.book(h, "o-1", 1, jeans, BillOfMaterialsTest.JEANS, 2, MONDAY);
                    Booking.Booked ok = (Booking.Booked) b;
                    Outbox.append(
                        h,
                        new EventData.OrderPlaced(
                            "o-1",
                            ok.promise().date().toString(),
                            List.of(
                                ok.placedLine(
                                    "jeans",
                                    "2025.1",
                                    2,
                                    BillOfMaterialsTest.JEANS.values(),
                                    Map.of(),
                                    List.of()))),
                        CLOCK.instant());
                    return b;
                  });
      Booking.Booked booked = (Booking.Booked) booking;
      assertThat(booked.promise()).isEqualTo(quote);
      assertThat(booked.materials())
          .isEqualTo(BillOfMaterials.explode(jeans, BillOfMaterialsTest.JEANS, 2));
      long sewingMinutes =
          ops.stream()
              .filter(o -> o.workCentre().equals("sewing"))
              .mapToLong(PlannedOperation::minutes)
              .sum();
      long sewingBooked = db.jdbi().withHandle(h -> LoadLedger.booked(h, "sewing", MONDAY));
      assertThat(sewingBooked).isEqualTo(sewingMinutes);

      List<QueuedOperation> all = db.jdbi().withHandle(h -> ProductionFloor.forOrder(h, "o-1"));
      assertThat(all)
          .extracting(QueuedOperation::operation)
          .containsExactlyElementsOf(ops.stream().map(PlannedOperation::id).toList());
      assertThat(all).extracting(QueuedOperation::ready).containsExactly(true, false, false, false);
      assertThat(floor.queue("cutting").orElseThrow())
          .singleElement()
          .satisfies(q -> assertThat(q.id()).isEqualTo(all.get(0).id()));
      assertThat(floor.queue("no-such-centre")).isEmpty();

      assertThat(floor.start(all.get(1).id(), null)).isInstanceOf(FloorResult.Conflict.class);
      assertThat(floor.done(all.get(0).id(), null)).isInstanceOf(FloorResult.Conflict.class);
      assertThat(floor.start("nope", null)).isInstanceOf(FloorResult.NotFound.class);
      FloorResult started = floor.start(all.get(0).id(), null);
      assertThat(((FloorResult.Changed) started).status()).isEqualTo("started");
      assertThat(floor.start(all.get(0).id(), null)).isInstanceOf(FloorResult.Conflict.class);
      for (int i = 0; i < all.size(); i++) {
        if (i > 0) {
          assertThat(floor.start(all.get(i).id(), null)).isInstanceOf(FloorResult.Changed.class);
        }
        String note = i == 1 ? "rework: one waistband re-sewn" : null;
        FloorResult done = floor.done(all.get(i).id(), note);
        assertThat(((FloorResult.Changed) done).status())
            .isEqualTo(i == all.size() - 1 ? "done" : "started");
      }
      assertThat(floor.queue("cutting").orElseThrow()).isEmpty();
      String po = booked.productionOrderId();
      assertThat(floor.ship(po, "1Z999")).isInstanceOf(FloorResult.Changed.class);
      assertThat(floor.ship(po, "1Z999")).isInstanceOf(FloorResult.Conflict.class);

      List<String> events =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT order_seq || ':' || type FROM outbox_event"
                                  + " WHERE order_id = 'o-1' ORDER BY pos")
                          .mapTo(String.class)
                          .list());
      assertThat(events)
          .containsExactly(
              "1:order.placed",
              "2:production.started",
              "3:production.completed",
              "4:order.shipped");
      String completed =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT body FROM outbox_event WHERE order_seq = 3")
                          .mapTo(String.class)
                          .one());
      assertThat(completed).contains("rework: one waistband re-sewn");
      String shipped =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT body FROM outbox_event WHERE order_seq = 4")
                          .mapTo(String.class)
                          .one());
      // What left, named as order.placed names its lines.
      JsonNode line = JsonBodies.mapper().readTree(shipped).get("data").get("lines").get(0);
      assertThat(line.get("productionOrderId").asText()).isEqualTo(po);
      assertThat(line.get("product").asText()).isEqualTo("jeans");
      assertThat(line.get("version").asText()).isEqualTo("2025.1");
      assertThat(line.get("quantity").asLong()).isEqualTo(2);
      assertThat(line.get("trackingNumber").asText()).isEqualTo("1Z999");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aHolidayMovesThePromiseAndADayWithBookingsCannotBeClosed(TestDatabases.Kind kind) {
    ProductDefinition jeans = BillOfMaterialsTest.demo("jeans");
    try (Database db = TestDatabases.fresh(kind)) {
      ProductionPlanner planner = new ProductionPlanner(db.jdbi(), CLOCK, 60);
      ProductionFloor floor = new ProductionFloor(db.jdbi(), CLOCK);
      Promise.Dated before =
          (Promise.Dated) planner.promise(jeans, BillOfMaterialsTest.JEANS, 1, MONDAY);
      LocalDate cutDay = before.operations().get(0).firstDay();
      assertThat(floor.setCapacity("cutting", cutDay, 0)).isInstanceOf(FloorResult.Changed.class);
      Promise.Dated after =
          (Promise.Dated) planner.promise(jeans, BillOfMaterialsTest.JEANS, 1, MONDAY);
      assertThat(after.operations().get(0).firstDay()).isAfter(cutDay);
      assertThat(after.date()).isAfter(before.date());
      db.jdbi()
          .useTransaction(
              h -> planner.book(h, "o-2", 1, jeans, BillOfMaterialsTest.JEANS, 1, MONDAY));
      LocalDate booked = after.operations().get(0).firstDay();
      assertThat(floor.setCapacity("cutting", booked, 0)).isInstanceOf(FloorResult.Conflict.class);
      assertThat(floor.setCapacity("cutting", booked, 600)).isInstanceOf(FloorResult.Changed.class);
      assertThat(floor.setCapacity("no-such-centre", booked, 0))
          .isInstanceOf(FloorResult.NotFound.class);
      WorkCentre cutting =
          floor.workCentres().stream().filter(w -> w.id().equals("cutting")).findFirst().get();
      assertThat(cutting.calendar().capacity(cutDay)).isZero();
      assertThat(cutting.calendar().capacity(booked)).isEqualTo(600);
    }
  }

  @Test
  void everyRoutingWorkCentreOfTheDemoCatalogueIsSeeded() {
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
      for (String demo : dev.atelier.formats.demo.Demos.NAMES) {
        List<String> centres =
            BillOfMaterialsTest.demo(demo).routing().stream()
                .map(r -> r.workCentre())
                .distinct()
                .toList();
        List<String> unknown = db.jdbi().withHandle(h -> WorkCentreStore.unknown(h, centres));
        assertThat(unknown).as(demo).isEmpty();
      }
    }
  }
}
