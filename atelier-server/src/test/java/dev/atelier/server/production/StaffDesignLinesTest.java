package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.CustomerFactsApiTest;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestServer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What staff read in a queue, on H2 and PostgreSQL: each production order's design in the labels of
 * its pinned model version (attribute and value labels, numbers with their unit, a given
 * personalization text, yes/no attributes by name), and each operation's set-up and run minutes
 * from the routing.
 */
class StaffDesignLinesTest {

  private static final long QUANTITY = 2;

  /** The monogram of the sneakers ordered, shown quoted to staff. */
  private static final String MONOGRAM = "JMK";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theQueueShowsTheDesignInTheModelsLabelsAndSetupAndRunMinutes(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      JsonNode sneakers = place(server, "sneakers", "monogram", TextAttribute.GIVEN, "lines-1");
      assertThat(sneakers.get("texts").get("monogram").asText()).isEqualTo(MONOGRAM);
      JsonNode jeans = place(server, "jeans", "stretch", BooleanAttribute.TRUE, "lines-2");

      JsonNode queue = server.getAs(Role.STAFF, "/api/work-centres/cutting/queue").body();
      Set<String> kinds = new HashSet<>();
      for (JsonNode order : List.of(sneakers, jeans)) {
        ProductDefinition definition =
            TestServer.CATALOGUE
                .find(order.get("product").asText(), order.get("version").asText())
                .orElseThrow()
                .definition();
        JsonNode made = productionOrderOf(queue, order.get("id").asText());
        kinds.addAll(checkLines(definition.model(), order.get("configuration"), made));
        for (JsonNode op : queue.get("operations")) {
          if (op.get("productionOrderId").asText().equals(made.get("id").asText())) {
            checkMinutes(definition, op);
          }
        }
      }
      assertThat(kinds).containsExactlyInAnyOrder("choice", "number", "yes", "text");

      JsonNode ready = server.getAs(Role.STAFF, "/api/production-orders?status=queued").body();
      for (JsonNode p : ready.get("productionOrders")) {
        assertThat(p.get("design")).isNotEmpty();
      }
    }
  }

  /** Checks the design lines of {@code made} against {@code model}: the kinds seen. */
  private static Set<String> checkLines(ProductModel model, JsonNode configuration, JsonNode made) {
    Set<String> kinds = new HashSet<>();
    int shown = 0;
    for (Attribute a : model.attributes()) {
      String value = configuration.path(a.id()).asText("~");
      if (value.equals("~") || value.equals(BooleanAttribute.FALSE)) {
        continue;
      }
      JsonNode line = made.get("design").get(shown++);
      assertThat(line.get("attribute").asText()).isEqualTo(a.id());
      assertThat(texts(line.get("label"))).isEqualTo(a.label().texts());
      String kind = line.get("kind").asText();
      kinds.add(kind);
      if (a instanceof EnumAttribute e) {
        assertThat(kind).isEqualTo("choice");
        Value v = e.values().stream().filter(x -> x.id().equals(value)).findFirst().orElseThrow();
        assertThat(texts(line.get("value"))).isEqualTo(v.label().texts());
      } else if (a instanceof IntegerAttribute i) {
        assertThat(kind).isEqualTo("number");
        String en = line.get("value").get("en").asText();
        assertThat(en).startsWith(value);
        assertThat(en).isEqualTo(i.unit().isEmpty() ? value : value + " " + i.unit());
      } else {
        assertThat(kind).isEqualTo(a instanceof TextAttribute ? "text" : "yes");
        if (a instanceof TextAttribute) {
          assertThat(texts(line.get("value"))).isEqualTo(LocalizedText.of(MONOGRAM).texts());
        } else {
          assertThat(line.get("value").isNull()).isTrue();
        }
      }
    }
    assertThat(made.get("design")).hasSize(shown);
    return kinds;
  }

  /** The operation's set-up and run minutes are the routing's, for the order quantity. */
  private static void checkMinutes(ProductDefinition definition, JsonNode op) {
    RoutingOperation routed =
        definition.routing().stream()
            .filter(r -> r.id().equals(op.get("operation").asText()))
            .findFirst()
            .orElseThrow();
    BigDecimal setup = op.get("setupMinutes").decimalValue();
    BigDecimal run = op.get("runMinutes").decimalValue();
    assertThat(setup).isEqualByComparingTo(routed.setupMinutes());
    assertThat(run)
        .isEqualByComparingTo(routed.minutesPerUnit().multiply(BigDecimal.valueOf(QUANTITY)));
    assertThat(op.get("minutes").asLong())
        .isEqualTo(setup.add(run).setScale(0, RoundingMode.CEILING).longValueExact());
  }

  private static JsonNode productionOrderOf(JsonNode queue, String orderId) {
    for (JsonNode p : queue.get("productionOrders")) {
      if (p.get("orderId").asText().equals(orderId)) {
        return p;
      }
    }
    throw new AssertionError("order " + orderId + " is not in the queue: " + queue);
  }

  private static Map<String, String> texts(JsonNode node) {
    return TestServer.JSON.convertValue(
        node,
        TestServer.JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  /** Orders {@code QUANTITY} of the cheapest design of {@code product} with one decision. */
  private static JsonNode place(
      TestServer server, String product, String attribute, String value, String key) {
    String version = TestServer.CATALOGUE.current(product).orElseThrow().version();
    // The customer's measurements first (completion never decides them), then the cheapest rest.
    JsonNode design =
        CustomerFactsApiTest.giveFacts(
            server, CustomerFactsApiTest.design(product, Map.of(attribute, value)));
    assertThat(design.get("version").asText()).isEqualTo(version);
    TestServer.Answer completed = server.completeCheapest(design);
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    Map<String, String> texts =
        value.equals(TextAttribute.GIVEN) ? Map.of(attribute, MONOGRAM) : Map.of();
    return StaffRoutesTest.order(server, completed.body().get("design"), QUANTITY, texts, key);
  }
}
