package dev.atelier.server.recommend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.JsonBodies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Recommenders learned from the orders of each product version (the transparent face), relearned
 * when older than a refresh interval so new orders count. Thread-safe.
 */
public final class Recommenders {

  /** The most recent orders a recommender learns from. */
  static final int MAX_ORDERS = 50_000;

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

  private record Learned(Recommender recommender, Instant at) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final Duration refresh;
  private final Map<String, Learned> cache = new ConcurrentHashMap<>();

  /** Learns from the orders in {@code jdbi}, again after {@code refresh}. */
  public Recommenders(Jdbi jdbi, Clock clock, Duration refresh) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.refresh = refresh;
  }

  /** The recommender of {@code version}, learned from its orders. */
  public Recommender of(ProductVersion version) {
    String key = version.product() + "\n" + version.version();
    Instant now = clock.instant();
    Learned learned = cache.get(key);
    if (learned == null || learned.at().plus(refresh).isBefore(now)) {
      learned = new Learned(learn(version), now);
      cache.put(key, learned);
    }
    return learned.recommender();
  }

  private Recommender learn(ProductVersion version) {
    List<String> json =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT configuration FROM orders WHERE product = :p AND version = :v"
                            + " ORDER BY id DESC LIMIT :n")
                    .bind("p", version.product())
                    .bind("v", version.version())
                    .bind("n", MAX_ORDERS)
                    .mapTo(String.class)
                    .list());
    List<Configuration> orders = new ArrayList<>();
    for (String j : json) {
      try {
        orders.add(new Configuration(JsonBodies.mapper().readValue(j, VALUES)));
      } catch (JsonProcessingException e) {
        // A snapshot that does not parse teaches nothing; the order itself stays readable.
      }
    }
    List<String> attributes = version.model().attributes().stream().map(Attribute::id).toList();
    return Recommender.learn(attributes, orders, RecommenderSettings.defaults());
  }
}
