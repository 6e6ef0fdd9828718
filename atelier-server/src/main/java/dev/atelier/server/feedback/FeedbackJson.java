package dev.atelier.server.feedback;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the feedback loop's routes. All records are immutable and thread-safe. */
public final class FeedbackJson {

  private FeedbackJson() {}

  /**
   * {@code POST /api/feedback/wishes}: customer input an employee records.
   *
   * @param channel phone, showroom, email, complaint or production
   * @param customer the customer's e-mail address (their account), or null
   * @param order the order it concerns (its customer is the wish's customer), or null
   * @param operation the production operation whose scrap or rework note it comes from, or null
   * @param product the product id (optional with an order or an operation: theirs)
   * @param version the version (optional: the order's, else the current one)
   * @param attribute the attribute it is about, or null
   * @param text 1 to 1000 characters
   */
  public record RecordRequest(
      String channel,
      @Nullable String customer,
      @NumberRange(min = 1, max = Long.MAX_VALUE) @Nullable Long order,
      @Nullable String operation,
      @Nullable String product,
      @Nullable String version,
      @Nullable String attribute,
      String text) {}

  /** The recorded wish's id, the department it went to and the customer's account (or null). */
  public record Recorded(long id, String department, @Nullable Long account) {}

  /**
   * {@code POST /api/wishes/{id}/triage}: new, accepted (with the draft version it is linked to) or
   * declined (with a reason). Met is set by publishing a version that meets the wish.
   */
  public record TriageRequest(String state, @Nullable String draft, @Nullable String reason) {}

  /** A wish's triage after a change. */
  public record Triaged(long id, String state, @Nullable String draft, @Nullable String reason) {}

  /** {@code GET /api/notices}: the signed-in customer's wishes met, newest first. */
  public record Notices(List<Notice> notices) {}

  /**
   * A wish of the caller's that a published version met.
   *
   * @param wish the wish id
   * @param product the product id
   * @param text what they asked for
   * @param version the version that met it
   * @param value what met it ({@code attribute = value})
   * @param at when it was met (ISO instant)
   */
  public record Notice(
      long wish, String product, String text, String version, String value, String at) {}

  /**
   * {@code GET /api/departments/{department}/summary?month=YYYY-MM}: what customers asked, what
   * changed and what it earned in one month.
   */
  public record Summary(
      String department,
      Map<String, String> label,
      String month,
      Asked asked,
      List<Change> changed,
      List<Earned> earned) {}

  /** The wishes routed to the department in the month: in total, per channel and state, topics. */
  public record Asked(
      long wishes, Map<String, Long> byChannel, Map<String, Long> byState, List<Topic> topics) {}

  /**
   * How many wishes of the month share a product, attribute and topic.
   *
   * @param attributeLabel the attribute's labels per language (empty: unknown, show the id)
   */
  public record Topic(
      String product,
      @Nullable String attribute,
      Map<String, String> attributeLabel,
      String topic,
      long count) {}

  /**
   * A value by its ids and labels per language (empty when the catalogue no longer has them: show
   * the ids).
   */
  public record ValueName(
      String attribute,
      String value,
      Map<String, String> attributeLabel,
      Map<String, String> valueLabel) {}

  /**
   * A version published in the month, by whom, and the values it added that the department owns.
   */
  public record Change(
      String product, String version, String at, String actor, List<ValueName> valuesAdded) {}

  /** Orders of a value added in the month, from its publication to the month's end. */
  public record Earned(
      String product,
      String version,
      ValueName value,
      long orders,
      long quantity,
      long revenue,
      String currency) {}
}
