package dev.atelier.server.studio;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.check.AnalysisResult;
import dev.atelier.formats.check.DiffReport;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.studio.ImpactJson.Impact;
import dev.atelier.server.studio.ImpactJson.PriceChange;
import dev.atelier.server.studio.ImpactJson.ValueCounts;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import dev.atelier.server.studio.ImpactJson.WishMet;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A draft's impact against the current version, computed by the engine: the structural diff, the
 * configurations gained and lost (in total and per value), the pinned items it would break with
 * their repairs, the open wishes its new values meet, the price change of the most ordered
 * configurations and the recent refusals it would have let through. Stateless apart from its
 * inputs; one per request.
 */
final class ImpactAnalysis {

  /** At most this many pinned items are checked. */
  static final int MAX_ITEMS = 300;

  private ImpactAnalysis() {}

  /** The impact of {@code draft} against {@code current} (null: no current version). */
  static Impact of(
      StudioStore store,
      String product,
      CompiledModel draft,
      @Nullable CompiledModel current,
      Instant now,
      Deadline deadline) {
    ProductModel n = draft.model();
    ProductModel o = current == null ? empty(n) : current.model();
    DiffReport diff = PerValueImpact.diff(o, draft, current == null, deadline);
    String note = null;
    String gained = text(diff.gained());
    String lost = text(diff.lost());
    if (gained == null || lost == null) {
      note =
          diff.gained().render(BigInteger::toString)
              + "; "
              + diff.lost().render(BigInteger::toString);
    }
    List<ValueCounts> per =
        perAttribute(
            PerValueImpact.gained(o, draft, current == null, diff, deadline),
            PerValueImpact.lost(current, n, diff, deadline));
    List<ImpactJson.Broken> broken = new ArrayList<>();
    List<StudioStore.Pinned> pinned = store.pinned(product);
    int checked = 0;
    for (StudioStore.Pinned p : pinned) {
      if (checked >= MAX_ITEMS) {
        break;
      }
      checked++;
      Repairs.check(draft, p).ifPresent(broken::add);
    }
    return new Impact(
        product,
        n.version(),
        current == null ? null : o.version(),
        diff.attributesAdded(),
        diff.attributesRemoved(),
        keys(diff.valuesAdded()),
        keys(diff.valuesRemoved()),
        diff.rulesAdded(),
        diff.rulesRemoved(),
        diff.rulesChanged(),
        gained,
        lost,
        note,
        per,
        broken,
        checked,
        wishesMet(store, product, n, diff),
        prices(store, product, current, draft),
        RelaxedRefusals.of(
            store.refusalsSince(
                product, now.minus(RelaxedRefusals.WINDOW), RelaxedRefusals.MAX_REFUSALS),
            draft,
            current,
            deadline));
  }

  /** "No version" of {@code like}'s product: no attributes, one configuration setting nothing. */
  static ProductModel empty(ProductModel like) {
    return new ProductModel(
        like.id(),
        "none",
        like.label(),
        like.currency(),
        0,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static List<ValueKey> keys(List<dev.atelier.formats.check.ValueRef> refs) {
    return refs.stream().map(r -> new ValueKey(r.attribute(), r.value())).toList();
  }

  private static @Nullable String text(AnalysisResult<BigInteger> r) {
    return r instanceof AnalysisResult.Done<BigInteger> d ? d.value().toString() : null;
  }

  /** Gained and lost per value, side by side. */
  private static List<ValueCounts> perAttribute(
      Map<String, Map<String, BigInteger>> gained, Map<String, Map<String, BigInteger>> lost) {
    Map<String, Map<String, BigInteger[]>> both = new LinkedHashMap<>();
    gained.forEach((a, vs) -> vs.forEach((v, c) -> slot(both, a, v)[0] = c));
    lost.forEach((a, vs) -> vs.forEach((v, c) -> slot(both, a, v)[1] = c));
    List<ValueCounts> out = new ArrayList<>();
    both.forEach(
        (a, vs) ->
            vs.forEach((v, c) -> out.add(new ValueCounts(a, v, c[0].toString(), c[1].toString()))));
    return out;
  }

  private static BigInteger[] slot(Map<String, Map<String, BigInteger[]>> m, String a, String v) {
    return m.computeIfAbsent(a, k -> new LinkedHashMap<>())
        .computeIfAbsent(v, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
  }

  /** Open wishes about an attribute that gained a value whose id or label the wish names. */
  private static List<WishMet> wishesMet(
      StudioStore store, String product, ProductModel n, DiffReport diff) {
    List<ValueKey> added = new ArrayList<>(keys(diff.valuesAdded()));
    for (String a : diff.attributesAdded()) {
      Attribute attribute = Objects.requireNonNull(n.attributesById().get(a), a);
      attribute.valueIds().forEach(v -> added.add(new ValueKey(a, v)));
    }
    return added.isEmpty() ? List.of() : WishMatch.met(store.openWishes(product), n, added);
  }

  /**
   * Publishing {@code published} over {@code o}: the values of it that {@code o} lacks, effective
   * from {@code from}. A first version ({@code o} null) adds nothing: a launch is no answer to
   * wishes.
   */
  static WishesMetListener.Publication publication(
      ProductDefinition published, @Nullable ProductModel o, Instant from) {
    ProductModel n = published.model();
    List<ValueKey> added = new ArrayList<>();
    Map<String, Attribute> old = o == null ? Map.of() : o.attributesById();
    for (Attribute a : o == null ? List.<Attribute>of() : n.attributes()) {
      Attribute was = old.get(a.id());
      List<String> before = was == null ? List.of() : was.valueIds();
      a.valueIds().stream()
          .filter(v -> !before.contains(v))
          .forEach(v -> added.add(new ValueKey(a.id(), v)));
    }
    return new WishesMetListener.Publication(published, added, from);
  }

  private static List<PriceChange> prices(
      StudioStore store, String product, @Nullable CompiledModel current, CompiledModel draft) {
    List<PriceChange> out = new ArrayList<>();
    if (current == null) {
      return out;
    }
    for (StudioStore.Ordered o : store.mostOrdered(product, 10)) {
      Configuration c = new Configuration(o.values());
      long before = current.price(c).total();
      Long after = draft.validate(c).valid() ? draft.price(c).total() : null;
      out.add(new PriceChange(o.values(), o.quantity(), before, after, draft.model().currency()));
    }
    return out;
  }
}
