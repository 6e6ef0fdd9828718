package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 1,000 concurrent orders compete for the last free minutes of one work centre. */
class CapacityContentionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** A one-attribute product whose routing is {@code minutes} per unit at {@code workCentre}. */
  static ProductDefinition widget(String workCentre, int minutes) {
    ProductModel model =
        ProductModel.builder("widget").version("1").enumeration("colour", "red", "blue").build();
    RoutingOperation op =
        new RoutingOperation(
            "make",
            LocalizedText.of("Make"),
            workCentre,
            BigDecimal.ZERO,
            BigDecimal.valueOf(minutes),
            Expr.TRUE);
    return ProductDefinition.builder(model).routing(List.of(op)).build();
  }

  /** Adds a work centre with no capacity except {@code minutes} on {@code day}. */
  static void bottleneck(Database db, String id, LocalDate day, int minutes) {
    db.jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO work_centre (id, label, monday_minutes, tuesday_minutes,"
                      + " wednesday_minutes, thursday_minutes, friday_minutes, saturday_minutes,"
                      + " sunday_minutes) VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0)",
                  id,
                  id);
              h.execute("INSERT INTO work_centre_exception VALUES (?, ?, ?)", id, day, minutes);
            });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void bookedLoadNeverExceedsTheCapacityAndExactlyAsManySucceedAsFit(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    int capacity = 1_000;
    int alreadyBooked = 300;
    int perOrder = 7;
    int orders = 1_000;
    LocalDate day = TODAY.plusDays(2);
    try (Database db = TestDatabases.fresh(kind)) {
      bottleneck(db, "bottleneck", day, capacity);
      ProductionPlanner planner =
          new ProductionPlanner(
              db.jdbi(),
              Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
              30);
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE work_centre_load SET booked_minutes = ?"
                          + " WHERE work_centre = ? AND work_day = ?",
                      alreadyBooked,
                      "bottleneck",
                      day));
      ProductDefinition widget = widget("bottleneck", perOrder);
      Configuration red = new Configuration(Map.of("colour", "red"));
      ExecutorService pool = Executors.newFixedThreadPool(64);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Booking>> results = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        String orderId = "order-" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return db.jdbi()
                      .inTransaction(h -> planner.book(h, orderId, 1, widget, red, 1, TODAY));
                }));
      }
      start.countDown();
      int booked = 0;
      int refused = 0;
      for (Future<Booking> f : results) {
        Booking b = f.get();
        if (b instanceof Booking.Booked ok) {
          booked++;
          assertThat(ok.promise().date()).isEqualTo(day);
        } else {
          refused++;
          assertThat(((Booking.Refused) b).reason()).isInstanceOf(Promise.NoCapacity.class);
        }
      }
      pool.shutdown();
      int fit = (capacity - alreadyBooked) / perOrder;
      assertThat(booked).isEqualTo(fit);
      assertThat(refused).isEqualTo(orders - fit);
      db.jdbi()
          .useHandle(
              h -> {
                assertThat(LoadLedger.booked(h, "bottleneck", day))
                    .isEqualTo(alreadyBooked + (long) fit * perOrder)
                    .isLessThanOrEqualTo(capacity);
                assertThat(
                        h.createQuery("SELECT COUNT(*) FROM production_order")
                            .mapTo(Integer.class)
                            .one())
                    .isEqualTo(fit);
                assertThat(
                        h.createQuery("SELECT SUM(minutes) FROM production_slot")
                            .mapTo(Long.class)
                            .one())
                    .isEqualTo((long) fit * perOrder);
              });
    }
  }
}
