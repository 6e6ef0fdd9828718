package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One account cannot book a work centre's whole horizon: customer A's big PC orders are refused
 * with a 409 naming {@code quantity} once A holds its share of the test rack, and customer B can
 * still order after that; once one of A's orders is made, A may order again. What an account holds
 * is kept per day and work centre; the test compares it with joining all the account's orders'
 * slots. H2 and PostgreSQL.
 */
@Tag("slow")
class AccountCapacityTest {

  private static final long A = 3;
  private static final long B = 4;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void oneAccountHoldsAtMostItsShareAndOthersCanStillOrder(TestDatabases.Kind kind) {
    String design = cheapestPc();
    try (OrderServer server = OrderServer.fresh(kind)) {
      OrderServer.Answer thousand = order(server, A, design, 1000);
      assertThat(thousand.status()).as(thousand.text()).isEqualTo(409);
      assertThat(thousand.body().get("field").asText()).isEqualTo("quantity");
      assertThat(thousand.body().get("type").asText()).endsWith("account-capacity");

      int placed = 0;
      String firstOrder = null;
      OrderServer.Answer last = null;
      for (int i = 0; i < 40 && (last == null || last.status() == 201); i++) {
        last = order(server, A, design, 20);
        if (last.status() == 201) {
          placed++;
          firstOrder = firstOrder == null ? last.body().get("id").asText() : firstOrder;
        }
      }
      assertThat(placed).isPositive();
      assertThat(last.status()).as(last.text()).isEqualTo(409);
      assertThat(last.body().get("type").asText()).endsWith("account-capacity");
      assertThat(last.body().get("detail").asText()).contains("10 %");

      OrderServer.Answer other = order(server, B, design, 20);
      assertThat(other.status()).as(other.text()).isEqualTo(201);
      assertHeldAsScanned(server, A);
      assertHeldAsScanned(server, B);

      // Once one of A's orders is made, what it held is released and A may order as much again.
      ProductionFloor floor = new ProductionFloor(server.database().jdbi(), Clock.systemUTC());
      String madeOrder = firstOrder;
      List<QueuedOperation> made =
          server.database().jdbi().withHandle(h -> ProductionFloor.forOrder(h, madeOrder));
      assertThat(made).isNotEmpty();
      for (QueuedOperation op : made) {
        assertThat(floor.start(op.id(), null)).isInstanceOf(FloorResult.Changed.class);
        assertThat(floor.done(op.id(), null)).isInstanceOf(FloorResult.Changed.class);
      }
      assertHeldAsScanned(server, A);
      OrderServer.Answer again = order(server, A, design, 20);
      assertThat(again.status()).as(again.text()).isEqualTo(201);
      assertHeldAsScanned(server, A);
    }
  }

  /** The kept per-day totals say what joining all the account's orders' slots says. */
  private static void assertHeldAsScanned(OrderServer server, long account) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    server
        .database()
        .jdbi()
        .useHandle(
            h ->
                assertThat(AccountLoad.held(h, account, today))
                    .isNotEmpty()
                    .isEqualTo(AccountCapacity.scanned(h, account, today)));
  }

  private static OrderServer.Answer order(
      OrderServer server, long account, String design, int quantity) {
    return server.post(
        "/api/orders",
        account,
        "cap-" + account + "-" + System.nanoTime(),
        "{\"design\":" + design + ",\"quantity\":" + quantity + "}");
  }

  private static String cheapestPc() {
    ProductVersion pc = Catalogue.demos(Deadline.inMillis(60_000)).current("pc").orElseThrow();
    ObjectNode design = TestServer.JSON.createObjectNode();
    design.put("product", "pc").put("version", pc.version());
    ArrayNode decisions = design.putArray("decisions");
    ConfigurationSession.start(pc.compiled())
        .complete(Objective.cheapest(), Deadline.inMillis(10_000))
        .orThrow()
        .configuration()
        .values()
        .forEach((a, v) -> decisions.addObject().put("attribute", a).put("value", v));
    return design.toString();
  }
}
