package dev.atelier.server.design;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.Problem;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the design routes, around the shared {@link Design} and {@link Choice}. Prices
 * are in minor units. All records are immutable and thread-safe.
 */
public final class DesignJson {

  private DesignJson() {}

  /**
   * {@code POST /api/designs/decide}; {@code artwork} (print area id to an upload of the caller)
   * sets the areas' artwork facts from the uploads.
   */
  public record DecideRequest(
      Design design, String attribute, String value, @Nullable Map<String, ArtworkRef> artwork) {}

  /** {@code POST /api/designs/retract}. */
  public record RetractRequest(Design design, String attribute) {}

  /**
   * {@code POST /api/designs/instances}: {@code action} (add, remove, duplicate, move) on instance
   * {@code instance} (1-based; add needs none) of slot {@code slot}; move puts it at {@code to}.
   */
  public record InstancesRequest(
      Design design,
      String slot,
      String action,
      @NumberRange(min = 1, max = Integer.MAX_VALUE) @Nullable Integer instance,
      @NumberRange(min = 1, max = Integer.MAX_VALUE) @Nullable Integer to) {}

  /** {@code POST /api/designs/explain}. */
  public record ExplainRequest(Design design, String attribute, String value) {}

  /** {@code POST /api/designs/repair}: the repair from an explanation. */
  public record RepairRequest(Design design, List<Change> repair) {}

  /**
   * One change of a repair: {@code attribute: oldValue -> newValue}; {@code oldValue} is null when
   * the attribute was undecided. A repair whose old values no longer match the design is stale.
   */
  public record Change(String attribute, @Nullable String oldValue, String newValue) {}

  /**
   * {@code POST /api/designs/complete}: {@code objective} is "cheapest" or "preferred" (which needs
   * preferences).
   */
  public record CompleteRequest(
      Design design,
      String objective,
      @Nullable List<Preference> preferences,
      @Nullable Map<String, ArtworkRef> artwork) {}

  /** A soft wish {@code attribute = value}; missing it costs {@code weight} (1 to 1,000,000). */
  public record Preference(
      String attribute,
      String value,
      @NumberRange(min = 1, max = ObjectiveRequests.MAX_WEIGHT) @Nullable Integer weight) {}

  /** {@code POST /api/designs/price}: exactly one of a design or a complete configuration. */
  public record PriceRequest(@Nullable Design design, @Nullable ConfigurationIn configuration) {}

  /** A configuration of a product version: attribute id to value id (unset ones absent). */
  public record ConfigurationIn(String product, String version, Map<String, String> values) {}

  /** Valid domains of a design (answer of domains, decide, retract, repair). */
  public record Domains(Design design, boolean reasonsComplete, List<Domain> attributes) {}

  /**
   * The valid domain of one attribute: the values that extend to a valid product, and the refused
   * ones with a short reason (given for undecided attributes, within a time budget).
   */
  public record Domain(
      String attribute,
      @Nullable String decided,
      List<String> offered,
      boolean unsetPossible,
      List<Refused> refused) {}

  /**
   * A refused value: a short reason (a rule's label, or which choices it conflicts with), the rule
   * and the attributes whose decisions are in the way; reason and rule are null when not computed.
   * {@code reachable} is false when no choice of the shopper's reaches it (a rule alone or their
   * facts refuse it), true when a repair does or when not computed.
   *
   * <p>For a decided attribute the other values are alternatives, not refusals: choosing one is
   * allowed, and {@code conflictsWith} names the <em>other</em> decisions it would change (empty:
   * none; the repair dialog then changes nothing else).
   */
  public record Refused(
      String value,
      @Nullable String reason,
      @Nullable String rule,
      List<String> conflictsWith,
      boolean reachable) {

    /** A value whose reason was not computed. */
    static Refused unknown(String value) {
      return new Refused(value, null, null, List.of(), true);
    }
  }

  /**
   * Why a value is refused and how to get it: retract these decisions, these rules are in the way,
   * apply this repair (the wanted value and a new value for each retracted decision). A repair
   * never changes a customer fact: when the customer's facts alone refuse the value, {@code facts}
   * names them and there is no repair. {@code repairs} offers several minimal repairs, each priced
   * (the cheapest complete product before and after it), the cheapest first.
   */
  public record Explanation(
      String attribute,
      String value,
      boolean offered,
      boolean reachable,
      String reason,
      List<Choice> retract,
      List<RuleRef> rules,
      List<Change> repair,
      List<Choice> facts,
      List<PricedRepair> repairs)
      implements Problem.Explanation {}

  /**
   * One minimal repair with the cheapest complete total before and after it (minor units) and the
   * difference.
   */
  public record PricedRepair(
      List<Change> repair, String currency, long before, long after, long delta) {}

  /** A rule named in an explanation. */
  public record RuleRef(String id, String label) {}

  /** An optimal completion: the design with every attribute decided, and its price. */
  public record Completion(
      String objective,
      Design design,
      Map<String, String> configuration,
      Price price,
      long penalty) {}

  /**
   * A price breakdown: base, selected values, included components. {@code complete} tells whether
   * the priced configuration is complete and valid (a design's price covers its decisions so far).
   * {@code unmet} names the model rules the design breaks with its unticked boxes read as no (the
   * pizza's "at least one topping"): what the shopper must still do once no choice is left open.
   */
  public record Price(
      String currency,
      long base,
      long total,
      boolean complete,
      List<PriceLine> lines,
      @Nullable List<String> unmet) {
    public Price {
      unmet = unmet == null ? List.of() : List.copyOf(unmet);
    }

    public Price(String currency, long base, long total, boolean complete, List<PriceLine> lines) {
      this(currency, base, total, complete, lines, List.of());
    }
  }

  /**
   * One line: kind is base, value or component; {@code instance} is the module instance it belongs
   * to ({@code bays[2]}, named per language in {@code instanceLabel}), null for the product's own;
   * {@code labels} is a component line's label per language ("1 × Wärmeleitpaste"), else null;
   * {@code includedWith} names the choices that bring a component line in ({@code
   * material=leather}, or an attribute alone for a text, number or yes/no), else null.
   */
  public record PriceLine(
      String kind,
      String reference,
      String label,
      long amount,
      @Nullable String instance,
      @Nullable Map<String, String> instanceLabel,
      @Nullable Map<String, String> labels,
      @Nullable List<String> includedWith) {

    /** A line of the product itself. */
    public PriceLine(String kind, String reference, String label, long amount) {
      this(kind, reference, label, amount, null, null, null, null);
    }

    /** A line of a module instance (or of the product when both are null). */
    public PriceLine(
        String kind,
        String reference,
        String label,
        long amount,
        @Nullable String instance,
        @Nullable Map<String, String> instanceLabel) {
      this(kind, reference, label, amount, instance, instanceLabel, null, null);
    }

    /** This line with its component label per language ({@code labels}, null for none). */
    public PriceLine withLabels(@Nullable Map<String, String> labels) {
      return new PriceLine(
          kind, reference, label, amount, instance, instanceLabel, labels, includedWith);
    }

    /** This line with the choices that bring it in ({@code includedWith}, null for none). */
    public PriceLine withIncludedWith(@Nullable List<String> includedWith) {
      return new PriceLine(
          kind, reference, label, amount, instance, instanceLabel, labels, includedWith);
    }
  }
}
