package dev.atelier.server.studio;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.EffectiveFrom;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.catalogue.Succession;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Publishing a draft: the one way the studio's Publish and {@code POST
 * /api/models/{product}/versions/{version}/publish} both go. The dates are checked against the
 * current version; the draft is published with its audit entry and the previous version's offer is
 * ended (with its own entry) in one transaction; then the listener hears of it (warm sessions
 * dropped, the wishes the new values meet). Thread-safe.
 */
public final class Publishing {

  /** How a refusal's detail shows an instant: {@code 7 Dec 2026, 08:33 UTC}. */
  private static final DateTimeFormatter HUMAN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Drafts drafts;
  private final WishesMetListener listener;

  /** Publishing through {@code drafts}, telling {@code listener} of each publication. */
  public Publishing(Drafts drafts, WishesMetListener listener) {
    this.drafts = drafts;
    this.listener = listener;
  }

  /**
   * As {@link #publish(StoredVersion, Instant, Instant, String)}, the dates as a request gives them
   * ({@link EffectiveFrom}: now when {@code from} is null, {@code previousTo} then {@code from});
   * 400 naming the field that does not read.
   */
  public Outcome<StoredVersion> publish(
      StoredVersion v, @Nullable String from, @Nullable String previousTo, String who) {
    Instant now = drafts.catalogue().clock().instant();
    return EffectiveFrom.parse(from, now)
        .then(
            start ->
                (previousTo == null
                        ? Outcome.ok(start)
                        : EffectiveFrom.end(previousTo, now, "previousEffectiveTo"))
                    .then(end -> publish(v, start, end, who)));
  }

  /**
   * Publishes draft {@code v} by {@code who}, effective {@code from}; the version current until
   * then is offered until {@code previousTo}. A 400 naming {@code effectiveFrom} or {@code
   * previousEffectiveTo} when either lies before the current version became effective; 409 when
   * {@code v} is published or has errors.
   */
  public Outcome<StoredVersion> publish(
      StoredVersion v, Instant from, Instant previousTo, String who) {
    Optional<ProductFamily> family = drafts.catalogue().family(v.product());
    Optional<Instant> since =
        family.map(f -> f.releases().get(f.releases().size() - 1).effectiveFrom());
    if (since.isPresent() && from.isBefore(since.get())) {
      return before("effectiveFrom", "the version would start", since.get());
    }
    if (since.isPresent() && previousTo.isBefore(since.get())) {
      return before("previousEffectiveTo", "the current version's offer would end", since.get());
    }
    Optional<String> previous = family.map(ProductFamily::current);
    WishesMetListener.Publication met = publication(v, previous, from);
    Instant now = drafts.catalogue().clock().instant();
    Outcome<StoredVersion> published =
        drafts.publish(
            v,
            from,
            who,
            store -> {
              // Drafts.publish locked the product and logged the publication; the ends it implies
              // are read in the same transaction, so concurrent publications end each other.
              for (Succession.End end :
                  Succession.ends(
                      store.publications().spans(v.product()), v.version(), from, previousTo)) {
                boolean own = end.version().equals(v.version());
                StudioContext.end(
                    store,
                    who,
                    v.product(),
                    end.version(),
                    end.to(),
                    own ? "a later version is scheduled" : "superseded by " + v.version(),
                    now);
              }
              return true;
            });
    if (published instanceof Outcome.Ok<StoredVersion>) {
      listener.published(met);
    }
    return published;
  }

  /**
   * Publishing {@code v} from {@code from} over the version current before it, {@code previous}.
   */
  private WishesMetListener.Publication publication(
      StoredVersion v, Optional<String> previous, Instant from) {
    ProductModel before =
        previous
            .flatMap(p -> drafts.catalogue().find(v.product(), p))
            .map(ProductVersion::model)
            .orElse(null);
    return ImpactAnalysis.publication(Drafts.definition(v), before, from);
  }

  /**
   * A 400 problem on {@code field}: {@code what} before the current version began; its {@code
   * value} is that instant (ISO-8601) for the studio to show in its language.
   */
  private static <T> Outcome<T> before(String field, String what, Instant since) {
    return Outcome.rejected(
        Problem.badRequest(
                field,
                what + " before the current version became effective (" + HUMAN.format(since) + ")")
            .about(null, since.toString()));
  }
}
