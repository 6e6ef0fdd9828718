package dev.atelier.engine.session;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.model.Configuration;

/**
 * A complete valid configuration found by {@code complete}, optimal for its objective. Immutable
 * and thread-safe.
 *
 * @param configuration every attribute's value (unset optional attributes absent)
 * @param price its price breakdown
 * @param penalty the objective's value: total price for "cheapest", total weight of unmet
 *     preferences for "preferred"
 */
public record Completion(Configuration configuration, PriceBreakdown price, long penalty) {}
