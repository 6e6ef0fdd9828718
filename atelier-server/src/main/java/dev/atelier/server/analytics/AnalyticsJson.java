package dev.atelier.server.analytics;

import dev.atelier.server.http.Nullable;
import java.util.List;

/**
 * The JSON shapes of the analytics routes, each figure for one product version. Shares are
 * fractions (0 to 1); entropies are in bits. All records are immutable and thread-safe.
 */
public final class AnalyticsJson {

  private AnalyticsJson() {}

  /** Demand per value: decisions and ordered values, with their shares within the attribute. */
  public record Demand(String product, String version, List<AttributeDemand> attributes) {}

  /** The demand for the values of one attribute. */
  public record AttributeDemand(
      String attribute, long decisions, long orders, List<ValueDemand> values) {}

  /** How often a value was decided and ordered, and its share of the attribute's. */
  public record ValueDemand(
      String value, long decisions, double decisionShare, long orders, double orderShare) {}

  /** Demand for module attributes summed over the instances of their slot. */
  public record ModuleDemand(String product, String version, List<ModuleAttributeDemand> modules) {}

  /**
   * The demand for one module attribute over every potential instance ({@code doors} of {@code
   * bays}: {@code bays[1].doors} to {@code bays[5].doors}), with shares over all instances.
   */
  public record ModuleAttributeDemand(
      String slot,
      String attribute,
      int instances,
      long decisions,
      long orders,
      List<ValueDemand> values) {}

  /** The rules by how many refusals they caused, most first. */
  public record Rules(String product, String version, long refusals, List<RuleHits> rules) {}

  /** How many refusals a rule caused; its owning department, or null. */
  public record RuleHits(String rule, String label, @Nullable String department, long refusals) {}

  /** Repairs shown, accepted and rejected per wanted value, most rejected first. */
  public record Repairs(String product, String version, List<RepairStats> values) {}

  /** The repairs reaching one value. */
  public record RepairStats(
      String attribute, String value, long shown, long accepted, long rejected) {}

  /**
   * Distinct design sessions reaching each stage: started (any event), decided (at least one
   * decision, or later), completed (completion or order), ordered; and abandoned: left unfinished
   * (an abandonment reported by the client) and neither completed nor ordered in that session.
   */
  public record Funnel(
      String product,
      String version,
      long started,
      long decided,
      long completed,
      long ordered,
      long abandoned) {}

  /**
   * What was ordered of a version, from the stored orders: orders placed, units (the sum of their
   * quantities) and revenue per currency. The funnel's {@code ordered} counts design sessions
   * instead (an account's orders share one).
   */
  public record OrderFigures(
      String product, String version, long orders, long units, List<Revenue> revenue) {}

  /** The orders in one currency: how many, their units and their totals (minor units). */
  public record Revenue(String currency, long orders, long units, long total) {}

  /** Unmet wishes per department. */
  public record Wishes(String product, String version, List<DepartmentWishes> departments) {}

  /** How many wishes a department received for this product version. */
  public record DepartmentWishes(String department, long wishes) {}

  /** Heterogeneity of demand per attribute (Shannon entropy of decided values). */
  public record Heterogeneity(String product, String version, List<AttributeEntropy> attributes) {}

  /**
   * The entropy of one attribute's decided values, in bits, and normalised by {@code log2} of its
   * domain size (0 for domains of one value).
   */
  public record AttributeEntropy(
      String attribute,
      long decisions,
      int distinctValues,
      int domainSize,
      double entropyBits,
      double normalised) {}

  /**
   * What to change: values to add (wished for, or refused at least {@code minCount} times) and
   * values to prune (never decided nor ordered, given once at least {@code minSessions} sessions
   * started).
   */
  public record Suggestions(
      String product,
      String version,
      long sessions,
      int minSessions,
      int minCount,
      List<AddSuggestion> add,
      List<PruneSuggestion> prune) {}

  /**
   * Something to offer: {@code what} is a wish's topic (reason "wished") or a value that was
   * refused (reason "refused").
   */
  public record AddSuggestion(@Nullable String attribute, String what, String reason, long count) {}

  /** A value nobody chose. */
  public record PruneSuggestion(String attribute, String value) {}
}
