package dev.atelier.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.yaml.NativeFormat;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.studio.StudioJson.EditRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The studio's forms edit every way a value list is written: bare ids (block and flow), quoted ids
 * and flow lists; each edited source reads again with the change and nothing else. A list shared
 * through a YAML alias is not edited for one attribute.
 */
class SourceEditsTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "id: lamp",
          "version: \"1\"",
          "label: {en: Lamp}",
          "currency: EUR",
          "basePrice: 10.00",
          "attributes:",
          "  - id: colour",
          "    kind: enum",
          "    values: [red, \"512\", {id: blue, price: 1.00}]",
          "  - id: shade",
          "    kind: enum",
          "    values:",
          "      - paper  # the cheapest",
          "      - {id: glass, price: 4.00}",
          "rules: [{id: no-glass-red, rule: \"colour = red -> shade = paper\"}]",
          "");

  @Test
  void aPriceOnABareIdInAFlowListWritesItOut() {
    String out = edit(SOURCE, new EditRequest("price", "colour", "red", "3.50", null));
    assertThat(out).contains("values: [{id: red, price: 3.50}, \"512\", {id: blue, price: 1.00}]");
    assertThat(value(out, "colour", "red").price()).isEqualTo(350);
    assertThat(value(out, "colour", "blue").price()).isEqualTo(100);
  }

  @Test
  void aQuotedIdStaysQuoted() {
    String out = edit(SOURCE, new EditRequest("price", "colour", "512", "2.00", null));
    assertThat(out).contains("{id: \"512\", price: 2.00}");
    assertThat(value(out, "colour", "512").price()).isEqualTo(200);
  }

  @Test
  void labelsOnABareIdInABlockListKeepTheComment() {
    String out =
        edit(SOURCE, new EditRequest("label", "shade", "paper", null, Map.of("de", "Papier")));
    assertThat(out).contains("- {id: paper, label: {de: \"Papier\"}}  # the cheapest");
    assertThat(value(out, "shade", "paper").label().texts()).containsEntry("de", "Papier");
  }

  @Test
  void aLabelThatIsNotPlainTextIsRefusedNamingItsLanguage() {
    for (String label :
        new String[] {"Pa\u007Fpier", "Pa\u0085pier", "Pa\u202Epier", "Pa\u200Bp"}) {
      for (EditRequest r :
          new EditRequest[] {
            new EditRequest("label", "shade", "paper", null, Map.of("de", label)),
            new EditRequest("add-value", "shade", "linen", null, Map.of("de", label))
          }) {
        Outcome<String> out = SourceEdits.apply(SOURCE, r);
        assertThat(out).as(label).isInstanceOf(Outcome.Rejected.class);
        Problem problem = ((Outcome.Rejected<String>) out).problem();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.field()).isEqualTo("labels.de");
      }
    }
  }

  @Test
  void aNewValueJoinsAFlowListAndAnExistingBareIdIsRefused() {
    String out =
        edit(
            SOURCE, new EditRequest("add-value", "colour", "green", "4.00", Map.of("en", "Green")));
    assertThat(out)
        .contains("{id: blue, price: 1.00}, {id: green, label: {en: \"Green\"}, price: 4.00}]");
    assertThat(value(out, "colour", "green").price()).isEqualTo(400);
    assertThat(SourceEdits.apply(SOURCE, new EditRequest("add-value", "colour", "red", null, null)))
        .isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void aRetiredValueJoinsAFlowListOfRules() {
    String out = edit(SOURCE, new EditRequest("retire-value", "shade", "glass", null, null));
    assertThat(out)
        .contains("rules: [{id: no-glass-red, rule: \"colour = red -> shade = paper\"},");
    assertThat(model(out).constraints()).hasSize(2);
  }

  @Test
  void valuesSharedThroughAnAliasAreNotEditedForOneAttribute() {
    String shared =
        String.join(
            "\n",
            "id: shoe",
            "version: \"1\"",
            "label: {en: Shoe}",
            "currency: EUR",
            "basePrice: 10.00",
            "attributes:",
            "  - id: upper",
            "    kind: enum",
            "    values: &colours",
            "      - {id: white}",
            "      - {id: black}",
            "  - id: laces",
            "    kind: enum",
            "    values: *colours",
            "  - id: sole",
            "    kind: enum",
            "    values: [white, black]",
            "");
    assertThat(sharedBy(shared, new EditRequest("add-value", "laces", "green", null, null)))
        .contains("'upper'");
    assertThat(sharedBy(shared, new EditRequest("add-value", "upper", "green", null, null)))
        .contains("'laces'");
    assertThat(sharedBy(shared, new EditRequest("price", "upper", "white", "2.00", null)))
        .contains("'laces'");
    // A list of its own is edited; retiring a value writes a rule, not the shared list.
    assertThat(
            value(
                edit(shared, new EditRequest("add-value", "sole", "red", null, null)),
                "sole",
                "red"))
        .isNotNull();
    assertThat(
            model(edit(shared, new EditRequest("retire-value", "laces", "black", null, null)))
                .constraints())
        .hasSize(1);
  }

  private static String sharedBy(String source, EditRequest request) {
    Outcome<String> out = SourceEdits.apply(source, request);
    assertThat(out).as(out.toString()).isInstanceOf(Outcome.Rejected.class);
    Problem problem = ((Outcome.Rejected<String>) out).problem();
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.field()).isEqualTo("attribute");
    return problem.detail();
  }

  private static String edit(String source, EditRequest request) {
    Outcome<String> out = SourceEdits.apply(source, request);
    assertThat(out).as(out.toString()).isInstanceOf(Outcome.Ok.class);
    return ((Outcome.Ok<String>) out).value();
  }

  private static Value value(String source, String attribute, String value) {
    EnumAttribute a = (EnumAttribute) model(source).attributesById().get(attribute);
    return a.values().stream().filter(v -> v.id().equals(value)).findFirst().orElseThrow();
  }

  private static ProductModel model(String source) {
    DefinitionResult r = NativeFormat.readDefinition(source, "lamp.yaml");
    assertThat(r).as(r.toString()).isInstanceOf(DefinitionResult.Loaded.class);
    return ((DefinitionResult.Loaded) r).definition().model();
  }
}
