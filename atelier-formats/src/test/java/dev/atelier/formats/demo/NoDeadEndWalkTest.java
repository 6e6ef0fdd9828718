package dev.atelier.formats.demo;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.ProductDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The no-dead-end promise as a shopper meets it on the configurator page: random walks over the
 * values the engine offers, choosing only what the page lets a shopper choose (the ordinary fields,
 * and per print area the technique, the text height and an upload with its first box), end, once
 * the page has no choice left, in a design that is complete and valid, and "complete it for me"
 * succeeds on the way. The page's rules mirrored here: an attribute needs nothing more when it is
 * decided, when nothing is offered and none is possible, when it is the only value left (not for a
 * text, which must be typed), or when it is an unticked yes/no extra; the priced design adds the
 * values left alone and reads unticked boxes as no ({@code configurator.js pricedDesign}, {@code
 * steps.js settled}). The sneakers once never became complete after a tongue technique without
 * artwork: the placement rule asked for a box the page only places with an image.
 */
class NoDeadEndWalkTest {
  private static Deadline soon() {
    return Deadline.inMillis(30_000);
  }

  private static final int WALKS = Integer.getInteger("atelier.walks", 6);
  private static final List<String> PAGE_SUFFIXES = List.of("technique", "text_mm");
  private static final List<String> UPLOAD_FACTS = List.of("px_w", "px_h", "colours", "photo");
  private static final List<String> BOX = List.of("width", "height", "x", "y");

  static List<String> demos() {
    return Demos.NAMES;
  }

  /** Slow: up to 20 s a product on the loaded 2-core machine (the PC's walks are long). */
  @Tag("slow")
  @ParameterizedTest
  @MethodSource("demos")
  void everyWalkOfOfferedValuesEndsComplete(String name) {
    ProductDefinition definition = loaded(Demos.load(name));
    CompiledModel model = CompiledModel.compile(definition.model(), soon()).orThrow();
    for (int seed = 1; seed <= WALKS; seed++) {
      walk(definition, model, seed);
    }
  }

  /** The sneakers path the shopper reported, decided as the page decides it. */
  @Test
  void theSneakersWithATongueTechniqueAndNoArtworkBecomeComplete() {
    ProductDefinition definition = loaded(Demos.load("sneakers"));
    CompiledModel model = CompiledModel.compile(definition.model(), soon()).orThrow();
    ConfigurationSession s = ConfigurationSession.start(model);
    String[] path = {
      "model", "low", "material", "canvas", "upper_colour", "white", "sole_colour", "white",
      "laces_colour", "white", "size", "42", "monogram", "given", "monogram_place", "heel",
      "packaging", "standard", "tongue_text_mm", "3", "tongue_technique", "print"
    };
    for (int i = 0; i < path.length; i += 2) {
      assertThat(s.validDomains(soon()).orThrow().of(path[i]).offers(path[i + 1]))
          .as(path[i] + "=" + path[i + 1])
          .isTrue();
      assertThat(s.decide(path[i], path[i + 1], soon()).isOk()).isTrue();
    }
    ValidDomains domains = s.validDomains(soon()).orThrow();
    assertThat(open(definition, domains)).isEmpty();
    assertThat(model.validate(priced(definition, s, domains)).violations()).isEmpty();
    assertThat(s.complete(Objective.cheapest(), soon()).isOk()).isTrue();
  }

  private static void walk(ProductDefinition definition, CompiledModel model, int seed) {
    Random random = new Random(seed);
    ConfigurationSession s = ConfigurationSession.start(model);
    Set<String> uploaded = new HashSet<>();
    List<String> path = new ArrayList<>();
    String product = definition.model().id();
    for (int step = 0; step < 300; step++) {
      ValidDomains domains = s.validDomains(soon()).orThrow();
      if (s.missingFacts().isEmpty() && step % 4 == 0) {
        assertThat(s.complete(Objective.cheapest(), soon()).isOk())
            .as("%s seed %d: complete after %s", product, seed, path)
            .isTrue();
      }
      List<PrintArea> free =
          definition.printAreas().stream().filter(a -> !uploaded.contains(a.id())).toList();
      if (!free.isEmpty() && random.nextInt(8) == 0) {
        PrintArea area = free.get(random.nextInt(free.size()));
        uploaded.add(area.id());
        upload(s, area, random, path);
        continue;
      }
      List<String> surface = surfaceFields(definition, domains);
      if (!surface.isEmpty() && random.nextInt(4) == 0) {
        choose(s, domains.of(surface.get(random.nextInt(surface.size()))), random, path);
        continue;
      }
      List<String> open = open(definition, domains);
      if (!open.isEmpty()) {
        choose(s, domains.of(open.get(random.nextInt(open.size()))), random, path);
        continue;
      }
      if (model.validate(priced(definition, s, domains)).valid()) {
        return;
      }
      // Nothing counted as open, but a rule is unmet (the pizza's "at least one topping"): the
      // page names the rule, and the shopper can still tick a box or use the surface. A dead end
      // is when nothing is left to change.
      List<String> left = undecided(definition, domains);
      assertThat(left)
          .as("%s seed %d: dead end, nothing left to choose after %s", product, seed, path)
          .isNotEmpty();
      choose(s, domains.of(left.get(random.nextInt(left.size()))), random, path);
    }
    throw new AssertionError(product + " seed " + seed + ": no end " + path);
  }

  /** An upload as the page decides it: the artwork's facts, then a box the engine offers. */
  private static void upload(
      ConfigurationSession s, PrintArea area, Random random, List<String> path) {
    List<String> keys = new ArrayList<>();
    UPLOAD_FACTS.forEach(f -> keys.add(ArtworkAttributes.id(area, f)));
    BOX.forEach(b -> keys.add(ArtworkAttributes.id(area, b)));
    for (String attribute : keys) {
      AttributeDomain d = s.validDomains(soon()).orThrow().of(attribute);
      if (d.decided().isEmpty()) {
        List<String> values = new ArrayList<>(d.offered());
        values.remove("0");
        if (!values.isEmpty()) {
          decide(s, attribute, values.get(random.nextInt(values.size())), path);
        }
      }
    }
  }

  /** Decides one offered value of {@code d} (or leaves it unset, when that is possible). */
  private static void choose(
      ConfigurationSession s, AttributeDomain d, Random random, List<String> path) {
    List<String> values = new ArrayList<>(d.offered());
    if (d.unsetPossible()) {
      values.add(Decision.UNSET);
    }
    decide(s, d.attribute(), values.get(random.nextInt(values.size())), path);
  }

  private static void decide(
      ConfigurationSession s, String attribute, String value, List<String> path) {
    path.add(attribute + "=" + value);
    assertThat(s.decide(attribute, value, soon()).isOk()).as("%s", path).isTrue();
  }

  /** The surface's own fields (technique, text height) still undecided with a value offered. */
  private static List<String> surfaceFields(ProductDefinition definition, ValidDomains domains) {
    List<String> out = new ArrayList<>();
    for (PrintArea area : definition.printAreas()) {
      for (String suffix : PAGE_SUFFIXES) {
        AttributeDomain d = domains.of(ArtworkAttributes.id(area, suffix));
        if (d.decided().isEmpty() && !d.offered().isEmpty()) {
          out.add(d.attribute());
        }
      }
    }
    return out;
  }

  /** What the shopper can still change on the page: undecided fields with a value offered. */
  private static List<String> undecided(ProductDefinition definition, ValidDomains domains) {
    List<String> out = new ArrayList<>(surfaceFields(definition, domains));
    Set<String> generated = generated(definition);
    for (AttributeDomain d : domains.domains().values()) {
      if (!generated.contains(d.attribute()) && d.decided().isEmpty() && !d.offered().isEmpty()) {
        out.add(d.attribute());
      }
    }
    return out;
  }

  private static Set<String> generated(ProductDefinition definition) {
    Set<String> generated = new HashSet<>();
    for (PrintArea area : definition.printAreas()) {
      ArtworkAttributes.attributes(area).forEach(a -> generated.add(a.id()));
    }
    return generated;
  }

  /** The attributes the page counts as choices left (the print areas' are not among them). */
  private static List<String> open(ProductDefinition definition, ValidDomains domains) {
    Set<String> generated = generated(definition);
    List<String> open = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      if (!generated.contains(d.attribute()) && !settled(definition, d)) {
        open.add(d.attribute());
      }
    }
    return open;
  }

  private static boolean settled(ProductDefinition definition, AttributeDomain d) {
    if (d.decided().isPresent() || (d.offered().isEmpty() && d.unsetPossible())) {
      return true;
    }
    Attribute a = definition.model().attribute(d.attribute()).orElse(null);
    if (a instanceof TextAttribute) {
      return false;
    }
    if (d.offered().size() == 1 && !d.unsetPossible()) {
      return true;
    }
    return a != null && UntickedAsNo.ticksToNo(definition.model(), a) && d.offers("false");
  }

  /** The decisions, plus each value left alone that is the only one (not a text). */
  private static Configuration priced(
      ProductDefinition definition, ConfigurationSession s, ValidDomains domains) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Decision d : s.decisions()) {
      if (!d.isUnset()) {
        values.put(d.attribute(), d.value());
      }
    }
    for (AttributeDomain d : domains.domains().values()) {
      boolean text =
          definition.model().attribute(d.attribute()).orElse(null) instanceof TextAttribute;
      if (d.decided().isEmpty() && d.offered().size() == 1 && !d.unsetPossible() && !text) {
        values.put(d.attribute(), d.offered().get(0));
      }
    }
    return UntickedAsNo.apply(definition.model(), new Configuration(values));
  }
}
