package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ForwardSchedulerTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private static PlannedOperation op(int seq, String wc, long minutes) {
    return new PlannedOperation(seq, "op" + seq, LocalizedText.of("op" + seq), wc, minutes);
  }

  @Test
  void anOperationLargerThanADaySpansDaysAndTheNextStartsOnItsLastDay() {
    Map<String, WorkCentreCalendar> calendars =
        Map.of("sew", WorkCentreCalendar.weekdays(480), "cut", WorkCentreCalendar.weekdays(480));
    FreeCapacity free = FreeCapacity.of(calendars, (wc, d) -> 0);
    Schedule s =
        ForwardScheduler.schedule(List.of(op(1, "sew", 1_000), op(2, "cut", 30)), MONDAY, free, 30);
    Schedule.Fits fits = (Schedule.Fits) s;
    assertThat(fits.operations().get(0).slots())
        .extracting(Slot::minutes)
        .containsExactly(480L, 480L, 40L);
    assertThat(fits.operations().get(1).firstDay()).isEqualTo(MONDAY.plusDays(2));
    assertThat(fits.completion()).isEqualTo(MONDAY.plusDays(2));
  }

  @Test
  void weekendsHolidaysAndBookedLoadPushTheDateOut() {
    WorkCentreCalendar calendar = WorkCentreCalendar.weekdays(480).withException(MONDAY, 0);
    FreeCapacity free =
        FreeCapacity.of(
            Map.of("oven", calendar), (wc, d) -> d.equals(MONDAY.plusDays(1)) ? 470 : 0);
    Schedule.Fits fits =
        (Schedule.Fits) ForwardScheduler.schedule(List.of(op(1, "oven", 20)), MONDAY, free, 30);
    assertThat(fits.operations().get(0).slots())
        .containsExactly(
            new Slot("oven", MONDAY.plusDays(1), 10), new Slot("oven", MONDAY.plusDays(2), 10));
    Schedule none =
        ForwardScheduler.schedule(
            List.of(op(1, "oven", 20)), MONDAY.plusDays(5), free, 2); // Saturday and Sunday
    assertThat(none).isInstanceOf(Schedule.NoCapacity.class);
  }

  @Test
  void agreesWithAnExhaustiveSearchOnSeededRandomCalendars() {
    Random random = new Random(20261122L);
    int cases = 400;
    int fitted = 0;
    for (int c = 0; c < cases; c++) {
      int horizon = 4 + random.nextInt(9);
      LocalDate start = MONDAY.plusDays(random.nextInt(7));
      Map<String, WorkCentreCalendar> calendars = new HashMap<>();
      Map<String, Long> booked = new HashMap<>();
      List<String> centres = List.of("a", "b", "c").subList(0, 1 + random.nextInt(3));
      for (String wc : centres) {
        Map<DayOfWeek, Integer> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
          if (random.nextInt(4) > 0) {
            weekly.put(d, random.nextInt(300));
          }
        }
        WorkCentreCalendar calendar = new WorkCentreCalendar(weekly, Map.of());
        for (int d = 0; d < horizon; d++) {
          if (random.nextInt(6) == 0) {
            calendar = calendar.withException(start.plusDays(d), random.nextInt(2) * 200);
          }
          int cap = calendar.capacity(start.plusDays(d));
          if (cap > 0 && random.nextBoolean()) {
            booked.put(wc + start.plusDays(d), (long) random.nextInt(cap + 1));
          }
        }
        calendars.put(wc, calendar);
      }
      List<PlannedOperation> ops = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 1; i <= count; i++) {
        long minutes = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(400);
        ops.add(op(i, centres.get(random.nextInt(centres.size())), minutes));
      }
      FreeCapacity free = FreeCapacity.of(calendars, (wc, d) -> booked.getOrDefault(wc + d, 0L));
      Schedule s = ForwardScheduler.schedule(ops, start, free, horizon);
      Optional<LocalDate> expected = ScheduleOracle.earliest(ops, start, free, horizon);
      if (expected.isEmpty()) {
        assertThat(s).as("case %d", c).isInstanceOf(Schedule.NoCapacity.class);
        continue;
      }
      fitted++;
      assertThat(s).as("case %d", c).isInstanceOf(Schedule.Fits.class);
      Schedule.Fits fits = (Schedule.Fits) s;
      assertThat(fits.completion()).as("case %d", c).isEqualTo(expected.get());
      assertValid(fits, ops, start, free);
    }
    // Both outcomes occur, so the comparison covers both.
    assertThat(fitted).isBetween(cases / 10, cases - cases / 10);
  }

  private static void assertValid(
      Schedule.Fits fits, List<PlannedOperation> ops, LocalDate start, FreeCapacity free) {
    Map<String, Long> used = new HashMap<>();
    LocalDate previousEnd = start;
    for (int i = 0; i < ops.size(); i++) {
      ScheduledOperation so = fits.operations().get(i);
      assertThat(so.operation()).isEqualTo(ops.get(i));
      assertThat(so.slots().stream().mapToLong(Slot::minutes).sum())
          .isEqualTo(ops.get(i).minutes());
      assertThat(so.firstDay()).isAfterOrEqualTo(previousEnd);
      for (Slot slot : so.slots()) {
        assertThat(slot.day()).isBetween(so.firstDay(), so.lastDay());
        assertThat(slot.workCentre()).isEqualTo(ops.get(i).workCentre());
        used.merge(slot.workCentre() + slot.day(), slot.minutes(), Long::sum);
        assertThat(used.get(slot.workCentre() + slot.day()))
            .isLessThanOrEqualTo(free.freeMinutes(slot.workCentre(), slot.day()));
      }
      previousEnd = so.lastDay();
    }
    assertThat(fits.completion()).isEqualTo(previousEnd);
  }
}
