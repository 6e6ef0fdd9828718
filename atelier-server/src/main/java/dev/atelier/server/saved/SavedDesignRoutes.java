package dev.atelier.server.saved;

import dev.atelier.server.design.DesignCheck;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.saved.SavedDesignJson.SaveRequest;
import dev.atelier.server.saved.SavedDesignJson.SavedDesignView;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Save a design and reopen it by its short id ({@code /api/saved-designs}). A design is checked
 * (known attributes and values, decisions that fit together) and priced before it is saved.
 * Thread-safe.
 */
public final class SavedDesignRoutes {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final int ID_LENGTH = 8;

  private final DesignCheck check;
  private final SavedDesigns store;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** Routes saving designs checked by {@code check} into {@code store}. */
  public SavedDesignRoutes(DesignCheck check, SavedDesigns store, Clock clock) {
    this.check = check;
    this.store = store;
    this.clock = clock;
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.post(
            "/api/saved-designs",
            "saveDesign",
            "Save a design: its short id, share link and price",
            SaveRequest.class,
            SavedDesignView.class,
            List.of(409, 422),
            this::save),
        Route.get(
            "/api/saved-designs/{id}",
            "getSavedDesign",
            "A saved design by its short id",
            SavedDesignView.class,
            this::find));
  }

  private Outcome<SavedDesignView> save(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), SaveRequest.class)
        .then(r -> check.check(r.design(), "design"))
        .map(
            checked -> {
              SavedDesign saved;
              do {
                saved = new SavedDesign(newId(), checked.design(), checked.price(), now());
              } while (!store.insert(saved));
              return SavedDesignView.of(saved);
            });
  }

  private Outcome<SavedDesignView> find(Context ctx) {
    String id = ctx.pathParam("id");
    return store
        .find(id)
        .map(SavedDesignView::of)
        .<Outcome<SavedDesignView>>map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.rejected(
                    Problem.of(
                        404,
                        "unknown-saved-design",
                        "Unknown saved design",
                        "no saved design '" + id + "'",
                        "id")));
  }

  /** Now, to the microsecond: what both databases keep, so a reopened design reads the same. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String newId() {
    StringBuilder id = new StringBuilder(ID_LENGTH);
    for (int i = 0; i < ID_LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
