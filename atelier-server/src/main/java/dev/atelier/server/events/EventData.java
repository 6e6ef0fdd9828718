package dev.atelier.server.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.MaterialLine;
import dev.atelier.server.shared.PrintFileLink;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The payload of an event sent to webhooks, one record per event type. Dates and instants are ISO
 * 8601 strings. All implementations are immutable records and thread-safe.
 */
public sealed interface EventData
    permits EventData.OrderPlaced,
        EventData.PrintFilesReady,
        EventData.ProductionStarted,
        EventData.ProductionCompleted,
        EventData.OrderShipped,
        EventData.WishMet {

  /** The event type ({@code order.placed}, ...). */
  @JsonIgnore
  String type();

  /** The order the event belongs to: events of one order are delivered in order. */
  String orderId();

  /**
   * An order was accepted: what to make, from what, and by when.
   *
   * @param orderId the order id
   * @param promisedDate the day production of every line is promised to end (ISO date)
   * @param lines one per order line, each a production order
   */
  record OrderPlaced(String orderId, String promisedDate, List<PlacedLine> lines)
      implements EventData {
    public OrderPlaced {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(promisedDate, "promisedDate");
      lines = List.copyOf(lines);
    }

    @Override
    public String type() {
      return "order.placed";
    }
  }

  /**
   * One line of a placed order.
   *
   * @param productionOrderId the production order making it
   * @param product the product id
   * @param version the model version
   * @param quantity how many
   * @param configuration attribute id to value id
   * @param texts the personalization texts: text attribute id to the text to make (a monogram, a
   *     gift message), for every text attribute decided {@code given}
   * @param promisedDate the day its production is promised to end (ISO date)
   * @param materials its bill of material
   * @param printFilesPending the print areas with artwork or text whose print-ready files are being
   *     made after the order (a {@code print-files.ready} event follows when all exist)
   */
  record PlacedLine(
      String productionOrderId,
      String product,
      String version,
      long quantity,
      Map<String, String> configuration,
      Map<String, String> texts,
      String promisedDate,
      List<MaterialLine> materials,
      List<String> printFilesPending) {
    public PlacedLine {
      Objects.requireNonNull(productionOrderId, "productionOrderId");
      printFilesPending = List.copyOf(printFilesPending);
      configuration = Map.copyOf(configuration);
      texts = Map.copyOf(texts);
      materials = List.copyOf(materials);
    }
  }

  /**
   * Every print file of a production order exists: production may start it.
   *
   * @param orderId the order id
   * @param productionOrderId the production order id
   * @param printFiles its files, a PNG and a PDF per print area with artwork (staff download them)
   */
  record PrintFilesReady(String orderId, String productionOrderId, List<PrintFileLink> printFiles)
      implements EventData {
    public PrintFilesReady {
      Objects.requireNonNull(orderId, "orderId");
      printFiles = List.copyOf(printFiles);
    }

    @Override
    public String type() {
      return "print-files.ready";
    }
  }

  /**
   * The first operation of a production order started.
   *
   * @param orderId the order id
   * @param productionOrderId the production order id
   * @param operationId the routing operation id
   * @param workCentre where
   * @param startedAt when (ISO instant)
   */
  record ProductionStarted(
      String orderId,
      String productionOrderId,
      String operationId,
      String workCentre,
      String startedAt)
      implements EventData {
    public ProductionStarted {
      Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String type() {
      return "production.started";
    }
  }

  /**
   * The last operation of a production order is done.
   *
   * @param orderId the order id
   * @param productionOrderId the production order id
   * @param completedAt when (ISO instant)
   * @param notes scrap or rework notes staff left on its operations, in routing order
   */
  record ProductionCompleted(
      String orderId, String productionOrderId, String completedAt, List<String> notes)
      implements EventData {
    public ProductionCompleted {
      Objects.requireNonNull(orderId, "orderId");
      notes = List.copyOf(notes);
    }

    @Override
    public String type() {
      return "production.completed";
    }
  }

  /**
   * The order left the factory.
   *
   * @param orderId the order id
   * @param shippedAt when (ISO instant)
   * @param trackingNumber the carrier's tracking number of the last line shipped, or null
   * @param lines what left, one per order line (as {@link PlacedLine} names them)
   */
  record OrderShipped(
      String orderId, String shippedAt, @Nullable String trackingNumber, List<ShippedLine> lines)
      implements EventData {
    public OrderShipped {
      Objects.requireNonNull(orderId, "orderId");
      lines = List.copyOf(lines);
    }

    @Override
    public String type() {
      return "order.shipped";
    }
  }

  /**
   * One line of a shipped order.
   *
   * @param productionOrderId the production order that made it
   * @param product the product id
   * @param version the model version
   * @param quantity how many
   * @param trackingNumber the carrier's tracking number it left with, or null
   */
  record ShippedLine(
      String productionOrderId,
      String product,
      String version,
      long quantity,
      @Nullable String trackingNumber) {
    public ShippedLine {
      Objects.requireNonNull(productionOrderId, "productionOrderId");
      Objects.requireNonNull(product, "product");
    }
  }

  /**
   * A published version met a customer's wish: for e-mail integration. Events of one wish share the
   * key {@code wish-<id>} in place of an order id.
   *
   * @param orderId {@code wish-<id>}
   * @param wish the wish id
   * @param product the product id
   * @param version the published version that met it
   * @param value what met it ({@code attribute = value})
   * @param text what the customer asked for
   * @param accountId the customer's account, or null (an anonymous wish)
   * @param email the customer's e-mail address, or null
   * @param order the order the wish concerns, or null
   * @param metAt when (ISO instant)
   */
  record WishMet(
      String orderId,
      long wish,
      String product,
      String version,
      String value,
      String text,
      Long accountId,
      String email,
      Long order,
      String metAt)
      implements EventData {
    public WishMet {
      Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String type() {
      return "wish.met";
    }
  }
}
