package dev.atelier.server.production;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes a configuration: the model's operations whose condition holds, in routing order, with the
 * set-up and run time of the order quantity rounded up to whole minutes (capacity is booked in
 * minutes). An operation label may name an attribute in braces, filled in with the configuration's
 * value: "Assemble bay 2 of {bays}" reads "Assemble bay 2 of 4" on the staff queue. Stateless and
 * thread-safe.
 */
public final class Routing {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)\\}");

  private Routing() {}

  /** {@code label} with each {attribute} replaced by its value in {@code configuration}. */
  static LocalizedText filled(LocalizedText label, Configuration configuration) {
    Map<String, String> texts = new LinkedHashMap<>();
    label
        .texts()
        .forEach(
            (language, text) -> {
              Matcher m = PLACEHOLDER.matcher(text);
              StringBuilder out = new StringBuilder();
              while (m.find()) {
                String value = configuration.values().getOrDefault(m.group(1), m.group());
                m.appendReplacement(out, Matcher.quoteReplacement(value));
              }
              m.appendTail(out);
              texts.put(language, out.toString());
            });
    return new LocalizedText(texts);
  }

  /** The operations that make {@code quantity} products configured as {@code configuration}. */
  public static List<PlannedOperation> operations(
      ProductDefinition definition, Configuration configuration, long quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive, got " + quantity);
    }
    Evaluator evaluator = new Evaluator(definition.model());
    List<PlannedOperation> operations = new ArrayList<>();
    for (RoutingOperation op : definition.routing()) {
      if (evaluator.holds(op.condition(), configuration)) {
        BigDecimal run = op.minutesPerUnit().multiply(BigDecimal.valueOf(quantity));
        long minutes = op.minutesFor(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
        operations.add(
            new PlannedOperation(
                operations.size() + 1,
                op.id(),
                filled(op.label(), configuration),
                op.workCentre(),
                minutes,
                op.setupMinutes(),
                run));
      }
    }
    return List.copyOf(operations);
  }
}
