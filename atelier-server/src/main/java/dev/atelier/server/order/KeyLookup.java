package dev.atelier.server.order;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.util.Optional;

/**
 * An idempotency key of a request and its row, looked up once per request.
 *
 * @param key the key
 * @param bodyHash the hash of the request's target and body bytes ({@link
 *     IdempotencyKey#bodyHash}), or null when not known
 * @param stored the key's row, when it was claimed and committed
 */
record KeyLookup(
    IdempotencyKey key, @Nullable String bodyHash, Optional<OrderStore.StoredKey> stored) {

  /**
   * The stored answer when the key was claimed by a request with the very same target and body
   * bytes: the answer that parsing and comparing the request would give, without doing so.
   */
  Optional<Outcome<RawJson>> sameBytes() {
    if (bodyHash == null || stored.isEmpty() || !bodyHash.equals(stored.get().bodyHash())) {
      return Optional.empty();
    }
    return Optional.of(replay(stored.get(), stored.get().requestHash()));
  }

  /**
   * The answer stored for {@code stored}'s key to a request with {@code hash}: the same answer
   * again, 422 when the key was used for another request, 409 while its request is in progress.
   */
  static Outcome<RawJson> replay(OrderStore.StoredKey stored, String hash) {
    if (!stored.requestHash().equals(hash)) {
      return Outcome.rejected(
          Problem.of(
              422,
              "idempotency-key-reused",
              "The Idempotency-Key was used for another request",
              "this key was first sent with a different request; use a new key for a new order",
              IdempotencyKey.HEADER));
    }
    if (stored.response() == null) {
      return Outcome.rejected(inProgress());
    }
    return new Outcome.Ok<>(new RawJson(stored.response()), stored.status());
  }

  /** 409: another request with the key has not finished. */
  static Problem inProgress() {
    return Problem.of(
        409,
        "request-in-progress",
        "A request with this Idempotency-Key is in progress",
        "another request with this key has not finished; send this one again shortly",
        IdempotencyKey.HEADER);
  }
}
