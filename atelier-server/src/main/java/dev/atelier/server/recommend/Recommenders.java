package dev.atelier.server.recommend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.JsonBodies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recommenders learned from the orders, saved designs and design events of each product version
 * (the transparent face), weighted as {@link LearningWeights#defaults()} says, relearned when older
 * than a refresh interval so new orders and designs count. Thread-safe.
 */
public final class Recommenders {

  /** The most recent orders a recommender learns from. */
  static final int MAX_ORDERS = 50_000;

  /** The most recent saved designs a recommender learns from. */
  static final int MAX_SAVED = 20_000;

  /** The most recent design events a recommender learns from. */
  static final int MAX_EVENTS = 200_000;

  /** The events that say what a design session decided and how it ended. */
  private static final List<EventKind> LEARNED_KINDS =
      List.of(
          EventKind.DECISION,
          EventKind.REPAIR_ACCEPTED,
          EventKind.COMPLETION,
          EventKind.ABANDONMENT,
          EventKind.ORDER);

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

  /** Saved decisions: {@code [{"attribute": ..., "value": ...}]}. */
  private static final TypeReference<List<Map<String, String>>> CHOICES = new TypeReference<>() {};

  private record Learned(Recommender recommender, Instant at) {}

  private final Database database;
  private final DesignEventStore events;
  private final Clock clock;
  private final Duration refresh;
  private final Map<String, Learned> cache = new ConcurrentHashMap<>();

  /** Learns from what {@code database} holds, again after {@code refresh}. */
  public Recommenders(Database database, Clock clock, Duration refresh) {
    this.database = database;
    this.events = new DesignEventStore(database);
    this.clock = clock;
    this.refresh = refresh;
  }

  /** The recommender of {@code version}, learned from its orders and designs. */
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
    LearningWeights weights = LearningWeights.defaults();
    List<Configuration> orders = new ArrayList<>();
    for (String j : latest("SELECT configuration FROM orders", "id", version, MAX_ORDERS)) {
      try {
        orders.add(new Configuration(JsonBodies.mapper().readValue(j, VALUES)));
      } catch (JsonProcessingException e) {
        // A snapshot that does not parse teaches nothing; the order itself stays readable.
      }
    }
    List<PastDesign> designs = new ArrayList<>();
    for (String j : latest("SELECT decisions FROM saved_designs", "saved_at", version, MAX_SAVED)) {
      try {
        Map<String, String> values = new LinkedHashMap<>();
        JsonBodies.mapper()
            .readValue(j, CHOICES)
            .forEach(
                c -> {
                  if (c.get("attribute") != null && c.get("value") != null) {
                    values.put(c.get("attribute"), c.get("value"));
                  }
                });
        if (!values.isEmpty()) {
          designs.add(new PastDesign(values, false, weights.saved()));
        }
      } catch (JsonProcessingException e) {
        // Likewise: an unreadable saved design teaches nothing.
      }
    }
    double otherEvidence =
        orders.size() * LearningWeights.ORDER
            + designs.stream().mapToDouble(PastDesign::weight).sum();
    designs.addAll(
        EvidenceCap.capped(
            DesignTrails.sessions(
                events.recent(version.product(), version.version(), LEARNED_KINDS, MAX_EVENTS),
                weights),
            otherEvidence,
            weights.completed(),
            EvidenceCap.ANONYMOUS_SHARE));
    List<String> attributes = version.model().attributes().stream().map(Attribute::id).toList();
    return Recommender.learn(attributes, orders, designs, RecommenderSettings.defaults());
  }

  /** The first column of {@code select}'s newest {@code limit} rows on {@code version}. */
  private List<String> latest(String select, String newest, ProductVersion version, int limit) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        select
                            + " WHERE product = :p AND version = :v ORDER BY "
                            + newest
                            + " DESC LIMIT :n")
                    .bind("p", version.product())
                    .bind("v", version.version())
                    .bind("n", limit)
                    .mapTo(String.class)
                    .list());
  }
}
