package dev.atelier.server.feedback;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.feedback.FeedbackJson.Asked;
import dev.atelier.server.feedback.FeedbackJson.Change;
import dev.atelier.server.feedback.FeedbackJson.Earned;
import dev.atelier.server.feedback.FeedbackJson.Summary;
import dev.atelier.server.feedback.FeedbackJson.Topic;
import dev.atelier.server.feedback.FeedbackJson.ValueName;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.wishes.DepartmentDirectory;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A department's month ({@code GET /api/departments/{department}/summary?month=YYYY-MM}, product
 * managers): what customers asked (wishes routed to it), what changed (versions published of its
 * products, with the values they added that it owns) and what it earned (orders of those values
 * from their publication to the month's end). Months are UTC. Thread-safe.
 */
record SummaryRoutes(Catalogue catalogue, SummaryStore store, Clock clock) {

  /** Most topics a summary lists. */
  static final int TOPICS = 20;

  Route route() {
    return Route.get(
            "/api/departments/{department}/summary",
            "departmentSummary",
            "A department's month (?month=YYYY-MM): wishes, versions published, orders of new values",
            Summary.class,
            this::summary)
        .withAccess(Access.PRODUCT_MANAGER);
  }

  private Outcome<Summary> summary(Context ctx) {
    String id = ctx.pathParam("department");
    List<DepartmentDirectory.Owner> owners = new DepartmentDirectory(catalogue).owners(id);
    Optional<Problem> unknown = DepartmentDirectory.unknown(id, owners);
    if (unknown.isPresent()) {
      return Outcome.rejected(unknown.get());
    }
    YearMonth month;
    try {
      String m = ctx.queryParam("month");
      month = m == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : YearMonth.parse(m);
    } catch (DateTimeParseException e) {
      return Outcome.rejected(Problem.badRequest("month", "a month is YYYY-MM"));
    }
    Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, String> label =
        owners.isEmpty() ? Map.of("en", "Unassigned") : owners.get(0).department().label().texts();
    ValueNames names = new ValueNames(catalogue);
    return Outcome.ok(
        new Summary(
            id,
            label,
            month.toString(),
            asked(id, from, to, names),
            changed(id, owners, from, to, names),
            earned(id, from, to, names)));
  }

  private Asked asked(String department, Instant from, Instant to, ValueNames names) {
    List<SummaryStore.MonthWish> wishes = store.wishes(department, from, to);
    Map<String, Long> byChannel =
        wishes.stream()
            .collect(
                Collectors.groupingBy(
                    SummaryStore.MonthWish::channel, TreeMap::new, Collectors.counting()));
    Map<String, Long> byState =
        wishes.stream()
            .collect(
                Collectors.groupingBy(
                    SummaryStore.MonthWish::state, TreeMap::new, Collectors.counting()));
    Map<List<String>, Long> topics =
        wishes.stream()
            .collect(
                Collectors.groupingBy(
                    w -> java.util.Arrays.asList(w.product(), w.attribute(), w.topic()),
                    Collectors.counting()));
    List<Topic> top =
        topics.entrySet().stream()
            .map(
                e ->
                    new Topic(
                        e.getKey().get(0),
                        e.getKey().get(1),
                        names.attributeLabel(e.getKey().get(0), e.getKey().get(1)),
                        e.getKey().get(2),
                        e.getValue()))
            .sorted(
                Comparator.comparingLong(Topic::count)
                    .reversed()
                    .thenComparing(t -> t.product() + "/" + t.topic()))
            .limit(TOPICS)
            .toList();
    return new Asked(wishes.size(), byChannel, byState, top);
  }

  private List<Change> changed(
      String department,
      List<DepartmentDirectory.Owner> owners,
      Instant from,
      Instant to,
      ValueNames names) {
    Set<String> products =
        owners.stream().map(o -> o.product().product()).collect(Collectors.toSet());
    List<SummaryStore.AddedValue> added = store.added(department, from, to);
    List<Change> out = new ArrayList<>();
    for (SummaryStore.Published p : store.published(from, to)) {
      List<ValueName> values =
          added.stream()
              .filter(a -> a.product().equals(p.product()) && a.version().equals(p.version()))
              .map(a -> names.value(a.product(), a.version(), a.attribute(), a.value()))
              .toList();
      if (products.contains(p.product()) || !values.isEmpty()) {
        out.add(new Change(p.product(), p.version(), p.at().toString(), p.actor(), values));
      }
    }
    return out;
  }

  private List<Earned> earned(String department, Instant from, Instant to, ValueNames names) {
    List<Earned> out = new ArrayList<>();
    for (SummaryStore.AddedValue a : store.added(department, from, to)) {
      long orders = 0;
      long quantity = 0;
      long revenue = 0;
      String currency = "";
      for (SummaryStore.OrderLine o : store.orders(a.product(), a.at(), to)) {
        if (a.value().equals(o.values().get(a.attribute()))) {
          orders++;
          quantity += o.quantity();
          revenue += o.total();
          currency = o.currency();
        }
      }
      out.add(
          new Earned(
              a.product(),
              a.version(),
              names.value(a.product(), a.version(), a.attribute(), a.value()),
              orders,
              quantity,
              revenue,
              currency));
    }
    return out;
  }
}
