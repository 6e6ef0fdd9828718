package dev.atelier.server.analytics;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random stream of design events over several product versions, and wishes: sessions that
 * decide, get refused by rules, see, accept and reject repairs, complete, abandon and order. The
 * last value of about half the attributes (by a hash of the id) is never chosen, so that pruning
 * has something to find. Immutable once built.
 */
final class EventStream {

  /** A wish to send: product version, attribute (or null), text, session id. */
  record WishSpec(ProductVersion product, String attribute, String text, String session) {}

  static final List<String> WISH_TEXTS =
      List.of("Titanium", "titanium ", "  TITANIUM!", "A pink option", "pink option", "Bamboo");

  final List<DesignEvent> events = new ArrayList<>();
  final List<WishSpec> wishes = new ArrayList<>();

  EventStream(List<ProductVersion> products, long seed, int eventCount, int wishCount) {
    Random random = new Random(seed);
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    int session = 0;
    while (events.size() < eventCount) {
      ProductVersion pv = products.get(random.nextInt(products.size()));
      String key = "s:" + sessionId(session++);
      int steps = 1 + random.nextInt(25);
      for (int i = 0; i < steps && events.size() < eventCount; i++) {
        at = at.plusSeconds(1 + random.nextInt(60));
        int roll = random.nextInt(100);
        Attribute a = attribute(pv, random);
        String v = value(a, random);
        if (roll < 45) {
          add(at, EventKind.DECISION, pv, key, a.id(), v, null);
        } else if (roll < 60) {
          List<Constraint> rules = pv.model().constraints();
          String rule =
              random.nextInt(10) == 0 ? null : rules.get(random.nextInt(rules.size())).id();
          add(at, EventKind.REFUSAL, pv, key, a.id(), v, rule);
        } else if (roll < 70) {
          add(at, EventKind.REPAIR_SHOWN, pv, key, a.id(), v, null);
        } else if (roll < 76) {
          add(at, EventKind.REPAIR_ACCEPTED, pv, key, a.id(), v, null);
        } else if (roll < 82) {
          add(at, EventKind.REPAIR_REJECTED, pv, key, a.id(), v, null);
        } else if (roll < 88) {
          add(at, EventKind.COMPLETION, pv, key, null, null, null);
        } else if (roll < 93) {
          add(at, EventKind.ABANDONMENT, pv, key, random.nextBoolean() ? a.id() : null, null, null);
        } else {
          Map<String, String> configuration = new LinkedHashMap<>();
          for (Attribute x : pv.model().attributes()) {
            if (random.nextInt(5) > 0) {
              configuration.put(x.id(), value(x, random));
            }
          }
          for (DesignEvent e :
              DesignEvent.order(at, pv.product(), pv.version(), key, null, configuration)) {
            if (events.size() < eventCount) {
              events.add(e);
            }
          }
        }
      }
    }
    for (int i = 0; i < wishCount; i++) {
      ProductVersion pv = products.get(random.nextInt(products.size()));
      String attribute = random.nextInt(4) == 0 ? null : attribute(pv, random).id();
      String text = WISH_TEXTS.get(random.nextInt(WISH_TEXTS.size()));
      wishes.add(new WishSpec(pv, attribute, text, sessionId(random.nextInt(session))));
    }
  }

  static String sessionId(int n) {
    return String.format("session-%06d", n);
  }

  private void add(
      Instant at,
      EventKind kind,
      ProductVersion pv,
      String key,
      String attribute,
      String value,
      String rule) {
    events.add(
        new DesignEvent(at, kind, pv.product(), pv.version(), key, null, attribute, value, rule));
  }

  private static Attribute attribute(ProductVersion pv, Random random) {
    // Choices only: a customer fact (a rider's height) spreads over a wide range of measurements.
    List<Attribute> all =
        pv.model().attributes().stream().filter(a -> !pv.model().isFact(a.id())).toList();
    return all.get(random.nextInt(all.size()));
  }

  /** A value of {@code a}; never the last one when {@link #neverChosen}. */
  static String value(Attribute a, Random random) {
    List<String> values = a.valueIds();
    int usable = neverChosen(a) ? values.size() - 1 : values.size();
    return values.get(random.nextInt(usable));
  }

  /** Whether the stream never chooses the last value of {@code a}. */
  static boolean neverChosen(Attribute a) {
    return a.valueIds().size() > 1 && Math.floorMod(a.id().hashCode(), 2) == 0;
  }
}
