package dev.atelier.server.order;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.http.Require;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order just inserted, as handed to {@link OrderPlacedListener}s inside its transaction.
 * Immutable and thread-safe.
 *
 * @param id the order id
 * @param accountId the ordering account
 * @param product the product version ordered (definition with BOM and routing, compiled model)
 * @param configuration the complete, valid configuration
 * @param texts the personalization texts (text attribute id to text)
 * @param quantity how many, 1 to 1000
 * @param unitPrice the price of one unit
 * @param total the price of the order
 * @param createdAt when it was placed
 * @param artwork the customer's artwork per print area (area id to upload and rotation)
 */
public record PlacedOrder(
    long id,
    long accountId,
    ProductVersion product,
    Configuration configuration,
    Map<String, String> texts,
    int quantity,
    PriceBreakdown unitPrice,
    long total,
    Instant createdAt,
    Map<String, ArtworkRef> artwork) {

  public PlacedOrder {
    Require.nonNull(
        "product configuration unitPrice createdAt", product, configuration, unitPrice, createdAt);
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    artwork = artwork == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(artwork));
  }
}
