package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.testing.AtOnce;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One upload ordered by 50 racing orders at once, on H2 and PostgreSQL: every order is placed (no
 * 5xx), each records its print job, the worker then gives each production order its PNG and PDF,
 * and the identical files are stored once (by content hash).
 */
@Tag("slow")
class ArtworkRaceTest {
  private static final long SHOPPER = 41;
  private static final int ORDERS = 50;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void fiftyOrdersOfOneUploadAtOnceAreAllPlacedWithTheirFiles(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      String logo = ArtworkContractTest.upload(s, SHOPPER, ArtworkContractTest.photo(200, 200));
      JsonNode design = s.completeDesign("sneakers");
      for (String side : new String[] {"width", "height", "x", "y"}) {
        design =
            ArtworkContractTest.with(design, "tongue_" + side, side.length() == 1 ? "5" : "20");
      }
      ObjectNode order = TestServer.JSON.createObjectNode();
      order.set("design", ArtworkContractTest.with(design, "tongue_technique", "print"));
      order.put("quantity", 1);
      order.set("artwork", ArtworkContractTest.artwork("tongue", logo, 0));
      String body = order.toString();

      for (OrderServer.Answer a :
          AtOnce.run(ORDERS, i -> s.post("/api/orders", SHOPPER, "race-" + i, body))) {
        assertThat(a.status()).as(a.text()).isEqualTo(201);
      }
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_order"))
          .isEqualTo(ORDERS);
      // Each order recorded its job; the worker (run here) renders them after the orders.
      assertThat(
              PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM print_job WHERE status = 'due'"))
          .isEqualTo(ORDERS);
      assertThat(s.renderPrintFiles()).isEqualTo(ORDERS);
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
          .isEqualTo(2L * ORDERS);
      // The PNGs are identical and stored once (each PDF has its own document id).
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM print_files WHERE format = 'png'"))
          .isEqualTo(1);
    }
  }
}
