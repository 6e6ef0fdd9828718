package dev.atelier.server.catalogue;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Puts the demo catalogue into an empty database: each demo of {@code Demos.NAMES} becomes a
 * published version, effective at once, unless that product version exists. Idempotent, also when
 * several servers start on one database at the same time (inserts that lose the race do nothing). A
 * demo's version is stored once: a changed demo needs a new version to reach an existing database.
 * Stateless and thread-safe.
 */
public final class DemoSeed {

  /** Who the seeded versions name as their author. */
  public static final String AUTHOR = "atelier (demo catalogue)";

  private DemoSeed() {}

  /** Seeds the demos into {@code store} at {@code now}; returns how many versions it added. */
  public static int seed(ModelStore store, Instant now) {
    int added = 0;
    for (String name : Demos.NAMES) {
      String text = text(name);
      DefinitionResult read = ModelSource.read("yaml", text, "demo:" + name);
      if (!(read instanceof DefinitionResult.Loaded loaded)) {
        throw new IllegalStateException(
            "demo " + name + " does not load: " + ((DefinitionResult.Rejected) read).diagnostics());
      }
      ProductDefinition d = loaded.definition();
      ModelSource source = new ModelSource("yaml", d.model().id(), d.model().version(), text);
      store.ensureProduct(source.product(), now);
      if (store.find(source.product(), source.version()).isPresent()) {
        continue;
      }
      boolean inserted =
          store.insert(
              new StoredVersion(
                  source, source.digest(), null, true, now, AUTHOR, now, AUTHOR, now));
      if (inserted) {
        added++;
      }
    }
    return added;
  }

  private static String text(String name) {
    try (InputStream in = Demos.class.getResourceAsStream(Demos.resource(name))) {
      if (in == null) {
        throw new IllegalStateException("demo " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo " + name, e);
    }
  }
}
