package dev.atelier.server.order;

import dev.atelier.server.design.CompleteDesignCheck;
import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An order about to be inserted: who, what (a design checked complete and priced by the server),
 * how many, and when. Immutable and thread-safe.
 *
 * @param accountId the ordering account
 * @param checked the design, its configuration and unit price
 * @param texts the personalization texts, checked (text attribute id to text)
 * @param quantity 1 to 1000
 * @param reorderOf the order this one repeats, or null
 * @param createdAt when it is placed (whole milliseconds, as stored)
 */
record NewOrder(
    long accountId,
    CompleteDesignCheck.Complete checked,
    Map<String, String> texts,
    int quantity,
    @Nullable Long reorderOf,
    Instant createdAt) {

  NewOrder {
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(createdAt, "createdAt");
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /** The price of the order: one unit's total times the quantity. */
  long total() {
    return Math.multiplyExact(checked.price().total(), (long) quantity);
  }
}
