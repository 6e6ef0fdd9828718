package dev.atelier.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.product.DefinitionResult;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code modules:} and {@code slots:} sections and the rules across instances. */
class ModulesFormatTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);

  private static ProductModel shelving() {
    return NativeTesting.demoModel("shelving");
  }

  private static DefinitionResult read(String yaml) {
    return NativeFormat.readDefinition(new StringReader(yaml), "m.yaml");
  }

  private static ConfigurationSession session(ProductModel model, String... decisions) {
    return NativeTesting.decided(
        ConfigurationSession.start(CompiledModel.compile(model, SOON).orThrow()), SOON, decisions);
  }

  @Test
  void slotsUnrollIntoInstanceAddressesWithReadableLabels() {
    ProductModel m = shelving();
    assertThat(m.attribute("bays").orElseThrow().label().in("en")).isEqualTo("Number of bays");
    assertThat(m.attribute("bays[2].doors").orElseThrow().label().in("en"))
        .isEqualTo("Bay 2 · Doors");
    assertThat(m.attribute("bays[2].doors").orElseThrow().label().in("de"))
        .isEqualTo("Fach 2 · Türen");
    assertThat(m.attribute("bays[5].shelves")).isPresent();
    assertThat(m.constraints().stream().map(c -> c.id()))
        .contains("bays[3].glass-shelves", "fits-wall", "wood-beside-glass");
    assertThat(
            m.constraints().stream()
                .filter(c -> c.id().equals("bays[3].glass-shelves"))
                .findFirst()
                .orElseThrow()
                .label()
                .in("en"))
        .isEqualTo("Bay 3: Glass doors hold at most 4 shelves");
  }

  @Test
  void theWallWidthLimitsTheNumberOfBays() {
    ValidDomains d = session(shelving(), "wall_width", "100").validDomains(SOON).orThrow();
    assertThat(d.of("bays").offered()).containsExactly("1", "2");
    ValidDomains two =
        session(shelving(), "wall_width", "100", "bays", "2").validDomains(SOON).orThrow();
    assertThat(two.of("bays[1].width").offered()).containsExactly("40", "60");
    assertThat(two.of("bays[3].width").offered()).isEmpty();
    assertThat(two.of("bays[3].width").unsetPossible()).isTrue();
  }

  @Test
  void rulesAcrossInstancesHold() {
    ProductModel m = shelving();
    ValidDomains glass =
        session(m, "bays", "3", "bays[1].doors", "glass", "bays[2].doors", "glass")
            .validDomains(SOON)
            .orThrow();
    assertThat(glass.of("bays[3].doors").offered()).containsExactly("none");
    ValidDomains white = session(m, "finish", "white").validDomains(SOON).orThrow();
    assertThat(white.of("bays[1].doors").offered()).containsExactly("none", "glass");
    ValidDomains wood =
        session(m, "bays", "2", "bays[1].doors", "wood").validDomains(SOON).orThrow();
    assertThat(wood.of("bays[2].doors").offered()).containsExactly("none", "wood");
    ValidDomains glassBay = session(m, "bays[1].doors", "glass").validDomains(SOON).orThrow();
    assertThat(glassBay.of("bays[1].shelves").offered()).containsExactly("1", "2", "3", "4");
  }

  @Test
  void interchangeableSlotsCountEachMultisetOnce() {
    String yaml =
        """
        id: pc
        version: "1"
        currency: EUR
        attributes:
          - {id: case, kind: enum, values: [mini, tower]}
        modules:
          - id: drive
            label: Drive
            attributes:
              - {id: type, kind: enum, values: [ssd, hdd]}
        slots:
          drives: {module: drive, count: 1..3, interchangeable: true}
        rules:
          - id: mini-ssd
            rule: case = mini -> all(drives where type = ssd)
          - id: one-hdd
            rule: count(drives where type = hdd) <= 1
        """;
    ProductModel m = ((DefinitionResult.Loaded) read(yaml)).definition().model();
    // tower: multisets of 1..3 drives with at most one hdd: 2 + 2 + 2 = 6; mini: all ssd, 3.
    assertThat(session(m).count(SOON).orThrow()).isEqualTo(BigInteger.valueOf(9));
  }

  private static BigInteger countWithRule(String rule) {
    String yaml =
        """
        id: steps
        version: "1"
        currency: EUR
        attributes: []
        modules:
          - id: bay
            attributes:
              - {id: height, kind: enum, values: [low, high]}
        slots:
          bays: {module: bay, count: 1..3}
        rules:
          - id: r
            rule: "%s"
        """
            .formatted(rule);
    DefinitionResult r = read(yaml);
    assertThat(r).as("%s", r).isInstanceOf(DefinitionResult.Loaded.class);
    return session(((DefinitionResult.Loaded) r).definition().model()).count(SOON).orThrow();
  }

  @Test
  void prevNamesTheLeftNeighbourAndHoldsFromTheSecondInstanceOn() {
    // Once a bay is high, every bay to its right is high: n + 1 sequences of n bays, 2 + 3 + 4.
    assertThat(countWithRule("prev(bays).height = high -> bays.height = high"))
        .isEqualTo(BigInteger.valueOf(9));
    assertThat(countWithRule("bays.height = high -> next(bays).height = high"))
        .isEqualTo(BigInteger.valueOf(9));
    // Every bay with a left neighbour needs it high; bay 1 has none: 2 + 2 + 2.
    assertThat(countWithRule("prev(bays).height = high")).isEqualTo(BigInteger.valueOf(6));
  }

  @Test
  void mistakesAreReportedWithTheirPlace() {
    String yaml =
        """
        id: p
        version: "1"
        currency: EUR
        attributes:
          - {id: size, kind: integer, min: 1, max: 9}
        modules:
          - id: bay
            attributes:
              - {id: width, kind: integer, min: 1, max: 3}
        slots:
          bays: {module: bey, count: 1..3}
          rows: {module: bay, count: 5..2}
        rules:
          - id: r
            rule: sum(bays.widht) <= size
        """;
    List<String> messages = NativeTesting.problems(read(yaml));
    assertThat(messages)
        .anySatisfy(
            s -> assertThat(s).contains("11:", "unknown module 'bey'", "did you mean 'bay'"))
        .anySatisfy(s -> assertThat(s).contains("12:", "min <= max"));
  }
}
