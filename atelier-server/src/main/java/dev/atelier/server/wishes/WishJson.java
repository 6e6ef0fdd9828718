package dev.atelier.server.wishes;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Choice;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the wish and department routes. All records are immutable and thread-safe. */
public final class WishJson {

  private WishJson() {}

  /**
   * {@code POST /api/wishes}: a free-text wish for something not offered, optionally about an
   * attribute (which routes it to the department owning that attribute).
   *
   * @param session the client's design-session id; optional for signed-in accounts
   * @param product the product id
   * @param version the model version
   * @param attribute the attribute it is about, or null
   * @param text 1 to 1000 characters
   * @param decisions the design being made when wishing (attributes of this version), or null
   * @param email where an anonymous wisher wants to be told when a version meets the wish (used
   *     once, for the {@code wish.met} event, then erased), or null; a signed-in wisher's notice
   *     goes to their account
   */
  public record WishRequest(
      @Nullable String session,
      String product,
      String version,
      @Nullable String attribute,
      String text,
      @Nullable List<Choice> decisions,
      @Nullable String email) {}

  /** The stored wish's id and the department it went to. */
  public record WishCreated(long id, String department) {}

  /** {@code PATCH /api/wishes/{id}}: the wish is met; what was done (1 to 1000 characters). */
  public record ResolveRequest(String resolution) {}

  /** A wish marked as met. */
  public record WishResolved(long id, String department, String resolution) {}

  /** The departments of the catalogue. */
  public record Departments(List<DepartmentInfo> departments) {}

  /**
   * A department: id, name per language, the products (id@version) where it owns things, and the
   * attributes it owns in each of them (by id@version).
   */
  public record DepartmentInfo(
      String id,
      Map<String, String> label,
      List<String> products,
      Map<String, List<String>> attributes) {}

  /** A department's inbox: the newest wishes and the most-hit refusals of what it owns. */
  public record Inbox(
      String department,
      Map<String, String> label,
      List<WishView> wishes,
      List<RefusalView> refusals) {}

  /**
   * A wish in an inbox, with where it came from and its triage.
   *
   * @param state new, accepted, declined or met
   * @param channel configurator, phone, showroom, email, complaint or production
   * @param recordedBy the employee who recorded it, or null (the customer wrote it)
   * @param order the order it concerns, or null
   * @param draft the draft version an accepted wish is linked to, or null
   * @param reason why it was declined, or null
   * @param metBy the published version that met it, or null
   */
  public record WishView(
      long id,
      String at,
      String product,
      String version,
      @Nullable String attribute,
      String text,
      List<Choice> decisions,
      String state,
      String channel,
      @Nullable String recordedBy,
      @Nullable Long order,
      @Nullable String draft,
      @Nullable String reason,
      @Nullable String metBy) {

    /** The view of stored wish {@code s}. */
    public static WishView of(WishStore.Stored s) {
      WishStore.Triage t = s.triage();
      return new WishView(
          s.id(),
          s.wish().at().toString(),
          s.wish().product(),
          s.wish().version(),
          s.wish().attribute(),
          s.wish().text(),
          s.wish().design(),
          t.state(),
          t.channel(),
          t.recordedBy(),
          t.orderId(),
          t.draftVersion(),
          t.reason(),
          t.metVersion());
    }
  }

  /** How often a value was refused, and by which rule (null: by other decisions alone). */
  public record RefusalView(
      String product,
      String version,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule,
      long count) {}
}
