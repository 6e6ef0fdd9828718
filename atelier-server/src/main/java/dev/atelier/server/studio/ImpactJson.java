package dev.atelier.server.studio;

import dev.atelier.server.http.Nullable;
import java.util.List;
import java.util.Map;

/** The JSON shapes of a draft's impact against the current version. Immutable. */
public final class ImpactJson {

  private ImpactJson() {}

  /**
   * What publishing the draft would change, against the product's current version.
   *
   * @param against the current version (null when the product has none: everything is added)
   * @param gained configurations the draft admits that the current version does not (decimal), null
   *     when not counted (see {@code countNote})
   * @param lost configurations the current version admits that the draft does not
   * @param perAttribute per attribute and value, configurations gained and lost
   * @param broken the open orders, owned products and saved designs the draft would not admit, each
   *     with the engine's nearest repair
   * @param checked how many pinned items were checked
   * @param wishesMet open wishes a new value of the draft matches
   * @param prices the 10 most ordered configurations priced in both versions
   * @param relaxed the recent refusals the draft would have let through
   */
  public record Impact(
      String product,
      String draft,
      @Nullable String against,
      List<String> attributesAdded,
      List<String> attributesRemoved,
      List<ValueKey> valuesAdded,
      List<ValueKey> valuesRemoved,
      List<String> rulesAdded,
      List<String> rulesRemoved,
      List<String> rulesChanged,
      @Nullable String gained,
      @Nullable String lost,
      @Nullable String countNote,
      List<ValueCounts> perAttribute,
      List<Broken> broken,
      int checked,
      List<WishMet> wishesMet,
      List<PriceChange> prices,
      Relaxed relaxed) {}

  /**
   * The refusals of the last {@code days} days that the draft would have let through: design
   * sessions whose refused value the draft admits on top of their decisions at that moment, and the
   * current version does not.
   *
   * @param checked refusals replayed (the newest first; fewer than {@code found} when the time ran
   *     out)
   * @param found refusals read (at most {@link RelaxedRefusals#MAX_REFUSALS})
   * @param sessions distinct design sessions let through
   * @param byRule the same per refusing rule
   */
  public record Relaxed(
      long days, int checked, int found, int sessions, List<RuleSessions> byRule) {}

  /** Design sessions a relaxed rule would have let through. */
  public record RuleSessions(String rule, int sessions) {}

  /** A value of an attribute. */
  public record ValueKey(String attribute, String value) {}

  /** Configurations gained and lost that have {@code attribute = value} (exact, decimal). */
  public record ValueCounts(String attribute, String value, String gained, String lost) {}

  /**
   * A pinned item the draft would not admit.
   *
   * @param kind order (open, not yet in production), owned or design (saved)
   * @param id the order number or saved design id
   * @param version the version it pins
   * @param reasons why, in English: values the draft lacks, or the labels of the rules it breaks
   * @param repair the fewest changes the engine proposes (empty when it finds none)
   * @param causes the same reasons by id, for the studio to name in its language
   */
  public record Broken(
      String kind,
      String id,
      String version,
      List<String> reasons,
      List<Change> repair,
      boolean repairable,
      List<Cause> causes) {
    public Broken {
      reasons = List.copyOf(reasons);
      repair = List.copyOf(repair);
      causes = List.copyOf(causes);
    }
  }

  /**
   * Why a pinned item is not admitted, by id.
   *
   * @param kind {@code attribute-gone} (the draft lacks the attribute), {@code value-gone} (the
   *     attribute lacks the value), {@code rule} (a rule the configuration breaks) or {@code
   *     refused} (a saved design's decision the draft refuses)
   * @param attribute the attribute (null for a rule)
   * @param value the value (null for attribute-gone and rule)
   * @param rule the rule's id (rule only)
   */
  public record Cause(
      String kind, @Nullable String attribute, @Nullable String value, @Nullable String rule) {}

  /** One change of a repair: {@code attribute} from {@code from} to {@code to} ("~": unset). */
  public record Change(String attribute, @Nullable String from, @Nullable String to) {}

  /** An open wish a new value meets. */
  public record WishMet(long wish, @Nullable String attribute, String text, String value) {}

  /**
   * A much-ordered configuration and its total in both versions (minor units; {@code after} null
   * when the draft does not admit it).
   */
  public record PriceChange(
      Map<String, String> configuration,
      long ordered,
      long before,
      @Nullable Long after,
      String currency) {}
}
