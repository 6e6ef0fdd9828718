package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lazily read free capacity answers for every work centre and day what the load rows say, also
 * where most days are full and scheduling looks far past the first read.
 */
class FreeDaysTest {

  private static final LocalDate FROM = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void answersWhatTheLoadRowsSayForEveryDay(TestDatabases.Kind kind) {
    LocalDate to = FROM.plusDays(199);
    List<String> centres = List.of("welding", "paint-shop", "assembly");
    try (Database db = TestDatabases.fresh(kind)) {
      LoadLedger.ensureDays(db.jdbi(), FROM, to);
      Random random = new Random(7);
      db.jdbi()
          .useTransaction(
              h -> {
                // welding full for 150 days (far past the first read), then free on some days;
                // paint-shop full on random days; assembly untouched.
                for (int d = 0; d < 200; d++) {
                  boolean full = d < 150 ? d % 40 != 39 : random.nextBoolean();
                  if (full) {
                    fill(h, "welding", FROM.plusDays(d));
                  }
                  if (random.nextInt(3) == 0) {
                    fill(h, "paint-shop", FROM.plusDays(d));
                  }
                }
              });
      db.jdbi()
          .useHandle(
              h -> {
                FreeCapacity free = LoadLedger.free(h, centres, FROM, to);
                for (String wc : centres) {
                  for (LocalDate d = FROM.minusDays(1);
                      !d.isAfter(to.plusDays(1));
                      d = d.plusDays(1)) {
                    assertThat(free.freeMinutes(wc, d))
                        .as(wc + " " + d)
                        .isEqualTo(expected(h, wc, d, to));
                  }
                }
                for (LocalDate d = to; !d.isBefore(FROM); d = d.minusDays(3)) {
                  assertThat(free.freeMinutes("welding", d))
                      .as("backwards " + d)
                      .isEqualTo(expected(h, "welding", d, to));
                }
                assertThat(free.freeMinutes("cutting", FROM)).as("not asked for").isZero();
              });
    }
  }

  private static void fill(Handle h, String wc, LocalDate day) {
    h.createUpdate(
            "UPDATE work_centre_load SET booked_minutes = capacity_minutes"
                + " WHERE work_centre = :wc AND work_day = :d")
        .bind("wc", wc)
        .bind("d", day)
        .execute();
  }

  private static long expected(Handle h, String wc, LocalDate day, LocalDate to) {
    if (day.isBefore(FROM) || day.isAfter(to)) {
      return 0;
    }
    List<LoadLedger.DayLoad> rows = LoadLedger.days(h, wc, day, day);
    return rows.isEmpty() ? 0 : rows.get(0).capacity() - rows.get(0).booked();
  }
}
