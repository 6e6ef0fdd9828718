package dev.atelier.server.order;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.ArtworkFacts;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.CompleteDesignCheck;
import dev.atelier.server.design.Quantities;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.shared.Design;
import dev.atelier.server.shared.DesignSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places orders: re-validates the design with the engine (complete and valid), re-prices it from
 * its version's price list, and inserts it exactly once per idempotency key. Thread-safe.
 */
public final class OrderService {

  /** The most units of one order. */
  public static final int MAX_QUANTITY = Quantities.MAX;

  private static final NumberRange QUANTITY =
      NumberRanges.of(OrderJson.OrderRequest.class, "quantity");

  /**
   * How often a request looks again at a key whose claimant rolled back, or places its order again
   * after the database aborted the transaction for a concurrent one.
   */
  private static final int ATTEMPTS = 3;

  /** How often a reorder is moved again onto the current version when one ended meanwhile. */
  private static final int MOVES = 3;

  private final Catalogue catalogue;
  private final CompleteDesignCheck designs;
  private final OrderStore store;
  private final OrderQueries queries;
  private final OrderPlacedListener listener;
  private final Clock clock;

  /**
   * Orders over {@code catalogue} in {@code database}; engine work gets {@code engineBudget};
   * {@code listener} runs inside each order's transaction.
   */
  public OrderService(
      Catalogue catalogue,
      Duration engineBudget,
      Database database,
      OrderPlacedListener listener,
      Clock clock) {
    this(catalogue, engineBudget, database, listener, clock, ArtworkFacts.NONE);
  }

  /**
   * Orders as {@link #OrderService(Catalogue, Duration, Database, OrderPlacedListener, Clock)},
   * whose artwork references are checked against {@code artwork}'s uploads.
   */
  public OrderService(
      Catalogue catalogue,
      Duration engineBudget,
      Database database,
      OrderPlacedListener listener,
      Clock clock,
      ArtworkFacts artwork) {
    this.catalogue = catalogue;
    this.designs = new CompleteDesignCheck(catalogue, engineBudget, artwork);
    DesignSummary labels = new DesignSummary(catalogue);
    this.store = new OrderStore(database, labels);
    this.queries = new OrderQueries(database, labels);
    this.listener = listener;
    this.clock = clock;
  }

  /** {@code design} moved onto its product's current version ({@link CurrentVersion#moved}). */
  Design current(Design design) {
    return CurrentVersion.moved(catalogue, design);
  }

  OrderQueries queries() {
    return queries;
  }

  /**
   * Looks up {@code key} of {@code accountId} for a request whose body hash is {@code bodyHash}.
   */
  KeyLookup lookUp(long accountId, IdempotencyKey key, @Nullable String bodyHash) {
    return new KeyLookup(key, bodyHash, store.key(accountId, key.value()));
  }

  /**
   * Places an order of {@code quantity} units of {@code design} for {@code accountId} under {@code
   * key}, where {@code hash} identifies the request: 201 with the order, or the same answer again
   * for a retry; 422 when the key was used for another request; 409 while another request with the
   * key is in progress; 409 naming {@code <designField>.version} when the design's version is no
   * longer the current one ({@link CurrentVersion}); 400/409/422/503 when the design is not a
   * complete valid product; 422 naming {@code texts.<attribute>} when {@code texts} (null for none)
   * do not fit it ({@link OrderTexts}).
   */
  Outcome<RawJson> place(
      long accountId,
      IdempotencyKey key,
      String hash,
      Design design,
      String designField,
      @Nullable Map<String, String> texts,
      int quantity,
      @Nullable Long reorderOf) {
    return place(
        accountId,
        lookUp(accountId, key, null),
        hash,
        new Artwork(design, Map.of(), List.of()),
        designField,
        texts,
        quantity,
        reorderOf);
  }

  /**
   * A design with its artwork references ({@code refs}, area id to upload) and the upload owners
   * the caller speaks for ({@code owners}; null for an order's own references, checked before).
   */
  record Artwork(Design design, Map<String, ArtworkRef> refs, @Nullable List<String> owners) {
    Artwork {
      refs = refs == null ? Map.of() : refs;
    }
  }

  /**
   * Like {@link #place(long, IdempotencyKey, String, Design, String, Map, int, Long)}, with the key
   * looked up already ({@link #lookUp}) and the design's artwork references checked and its artwork
   * facts set from the uploads.
   */
  Outcome<RawJson> place(
      long accountId,
      KeyLookup lookup,
      String hash,
      Artwork artwork,
      String designField,
      @Nullable Map<String, String> texts,
      int quantity,
      @Nullable Long reorderOf) {
    IdempotencyKey key = lookup.key();
    Optional<OrderStore.StoredKey> stored = lookup.stored();
    if (stored.isPresent()) {
      return KeyLookup.replay(stored.get(), hash);
    }
    Artwork moved = artwork;
    Optional<Problem> superseded =
        CurrentVersion.superseded(catalogue, moved.design(), designField);
    // A reorder moved onto a version that a publication racing it ended meanwhile moves on again
    // (before session 21 it was refused 409 superseded-version, ReorderPublishRaceTest).
    for (int move = 0; move < MOVES && superseded.isPresent() && reorderOf != null; move++) {
      moved =
          new Artwork(
              CurrentVersion.moved(catalogue, moved.design()), moved.refs(), moved.owners());
      superseded = CurrentVersion.superseded(catalogue, moved.design(), designField);
    }
    if (superseded.isPresent()) {
      return Outcome.rejected(superseded.get());
    }
    Outcome<CompleteDesignCheck.Complete> checked =
        designs.check(moved.design(), designField, moved.refs(), moved.owners());
    if (checked instanceof Outcome.Rejected<CompleteDesignCheck.Complete> r) {
      return Outcome.rejected(r.problem());
    }
    CompleteDesignCheck.Complete complete =
        ((Outcome.Ok<CompleteDesignCheck.Complete>) checked).value();
    Optional<Problem> tooMany =
        Quantities.ofProduct(complete.design().product().definition(), quantity, "quantity");
    if (tooMany.isPresent()) {
      return Outcome.rejected(tooMany.get());
    }
    Outcome<Map<String, String>> checkedTexts =
        OrderTexts.check(complete.design().product().model(), complete.configuration(), texts);
    if (checkedTexts instanceof Outcome.Rejected<Map<String, String>> r) {
      return Outcome.rejected(r.problem());
    }
    NewOrder order =
        new NewOrder(
            accountId,
            complete,
            ((Outcome.Ok<Map<String, String>>) checkedTexts).value(),
            quantity,
            reorderOf,
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    boolean conflicted = false;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      OrderStore.Placement placement =
          store.place(order, key.value(), hash, lookup.bodyHash(), listener);
      if (placement instanceof OrderStore.Placement.Placed placed) {
        return Outcome.created(new RawJson(placed.response()));
      }
      if (placement instanceof OrderStore.Placement.Refused refused) {
        return Outcome.rejected(refused.problem());
      }
      if (placement instanceof OrderStore.Placement.InProgress) {
        break;
      }
      if (placement instanceof OrderStore.Placement.Busy) {
        return Outcome.rejected(busy());
      }
      // Taken (look at the key again) or Conflict (rolled back whole: the key is still free).
      conflicted = placement instanceof OrderStore.Placement.Conflict;
      stored = store.key(accountId, key.value());
      if (stored.isPresent()) {
        return KeyLookup.replay(stored.get(), hash);
      }
    }
    return Outcome.rejected(conflicted ? busy() : KeyLookup.inProgress());
  }

  /** 503 (sent with Retry-After): the database could not take the order now. */
  private static Problem busy() {
    return Problem.of(
        503,
        dev.atelier.server.http.ProblemType.BUSY,
        "Too many orders at once",
        "the order could not be stored now and nothing of it was kept; send it again shortly",
        null);
  }

  /**
   * A 422 problem when {@code quantity} (request field {@code field}) is outside its declared
   * range.
   */
  static Optional<Problem> checkQuantity(Integer quantity, String field) {
    if (quantity == null) {
      return Optional.of(Problem.badRequest(field, "'" + field + "' is required"));
    }
    return NumberRanges.problem(QUANTITY, quantity, field);
  }
}
