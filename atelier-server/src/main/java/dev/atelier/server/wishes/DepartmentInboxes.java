package dev.atelier.server.wishes;

import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.wishes.WishJson.DepartmentInfo;
import dev.atelier.server.wishes.WishJson.Departments;
import dev.atelier.server.wishes.WishJson.Inbox;
import dev.atelier.server.wishes.WishJson.RefusalView;
import dev.atelier.server.wishes.WishJson.WishView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments owning attributes and rules, and each one's inbox: its wishes and the refusals
 * customers hit most in what it owns. Immutable and thread-safe.
 *
 * @param refs the catalogue, whose current versions say who owns what
 * @param wishes the stored wishes
 * @param events the design events, counted for refusals
 */
record DepartmentInboxes(CatalogueRefs refs, WishStore wishes, DesignEventStore events) {

  /** Wishes and refusals an inbox shows. */
  static final int INBOX_WISHES = 100;

  static final int INBOX_REFUSALS = 20;

  /** The departments now: the catalogue may publish versions while the server runs. */
  private DepartmentDirectory departments() {
    return new DepartmentDirectory(refs.catalogue());
  }

  /** The departments and what they own. */
  Departments list() {
    DepartmentDirectory departments = departments();
    return new Departments(departments.ids().stream().map(id -> info(departments, id)).toList());
  }

  private static DepartmentInfo info(DepartmentDirectory departments, String id) {
    List<DepartmentDirectory.Owner> owners = departments.owners(id);
    Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
    owners.forEach(
        o ->
            attributes.put(
                o.product().product() + "@" + o.product().version(), o.department().attributes()));
    return new DepartmentInfo(
        id,
        owners.get(0).department().label().texts(),
        List.copyOf(attributes.keySet()),
        attributes);
  }

  /** The inbox of department {@code id}: wishes in {@code state} (null: unmet), top refusals. */
  Outcome<Inbox> inbox(String id, @Nullable String state) {
    List<DepartmentDirectory.Owner> owners = departments().owners(id);
    Optional<Problem> unknown = DepartmentDirectory.unknown(id, owners);
    if (unknown.isPresent()) {
      return Outcome.rejected(unknown.get());
    }
    if (state != null && !WishRoutes.STATES.contains(state)) {
      return Outcome.rejected(
          Problem.badRequest("state", "a state is one of " + String.join(", ", WishRoutes.STATES)));
    }
    List<WishView> wished =
        wishes.ofDepartment(id, state, INBOX_WISHES).stream().map(WishView::of).toList();
    List<RefusalView> refused =
        events.refusals().stream()
            .filter(
                c ->
                    owners.stream()
                        .anyMatch(
                            o ->
                                o.product().product().equals(c.product())
                                    && o.product().version().equals(c.version())
                                    && DepartmentDirectory.owns(
                                        o.product(), id, c.attribute(), c.rule())))
            .sorted(
                Comparator.comparingLong(DesignEventStore.RefusalCount::count)
                    .reversed()
                    .thenComparing(c -> c.product() + "/" + c.attribute() + "/" + c.value()))
            .limit(INBOX_REFUSALS)
            .map(
                c ->
                    new RefusalView(
                        c.product(), c.version(), c.attribute(), c.value(), c.rule(), c.count()))
            .toList();
    Map<String, String> label =
        owners.isEmpty() ? Map.of("en", "Unassigned") : owners.get(0).department().label().texts();
    return Outcome.ok(new Inbox(id, label, wished, refused));
  }
}
