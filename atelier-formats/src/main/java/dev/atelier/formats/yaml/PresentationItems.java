package dev.atelier.formats.yaml;

import dev.atelier.formats.product.InstanceRow;
import dev.atelier.formats.product.TextOverlay;
import dev.atelier.formats.product.VisualLayer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The presentation's list items (layers, texts, rows), each a YAML flow mapping on one line. */
final class PresentationItems {
  private PresentationItems() {}

  static String row(InstanceRow r) {
    List<String> fronts = new ArrayList<>();
    r.fronts()
        .forEach((k, v) -> fronts.add(YamlText.flowScalar(k) + ": " + YamlText.flowScalar(v)));
    List<String> parts = new ArrayList<>();
    parts.add("slot: " + YamlText.flowScalar(r.slot()));
    parts.add("x: " + r.x());
    parts.add("y: " + r.y());
    parts.add("z: " + r.z());
    parts.add("scale: " + BigDecimal.valueOf(r.scale()).stripTrailingZeros().toPlainString());
    parts.add("width: " + YamlText.flowScalar(r.width()));
    parts.add("height: " + YamlText.flowScalar(r.height()));
    parts.add("gap: " + r.gap());
    if (!r.shelves().isEmpty()) {
      parts.add("shelves: " + YamlText.flowScalar(r.shelves()));
    }
    if (!r.front().isEmpty()) {
      parts.add("front: " + YamlText.flowScalar(r.front()));
    }
    if (!fronts.isEmpty()) {
      parts.add("fronts: {" + String.join(", ", fronts) + "}");
    }
    if (!r.tint().isEmpty()) {
      parts.add("tint: " + YamlText.flowScalar(r.tint()));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  static String layer(VisualLayer l) {
    String s =
        "{attribute: "
            + YamlText.flowScalar(l.attribute())
            + ", value: "
            + YamlText.flowScalar(l.value())
            + ", asset: "
            + YamlText.flowScalar(l.asset())
            + ", z: "
            + l.z();
    return s + (l.colour().isEmpty() ? "" : ", colour: " + YamlText.flowScalar(l.colour())) + "}";
  }

  static String text(TextOverlay t) {
    return "{attribute: "
        + YamlText.flowScalar(t.attribute())
        + ", x: "
        + t.x()
        + ", y: "
        + t.y()
        + ", z: "
        + t.z()
        + ", font: "
        + YamlText.flowScalar(t.font())
        + ", size: "
        + t.size()
        + ", colour: "
        + YamlText.flowScalar(t.colour())
        + "}";
  }
}
