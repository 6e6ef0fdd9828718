package dev.atelier.formats.product;

import java.util.List;
import java.util.Optional;

/**
 * How a configuration is pictured: a canvas with SVG layers chosen by attribute values and text
 * overlays for text attributes. Immutable and thread-safe.
 *
 * @param width canvas width (SVG user units); 0 when the model has no picture
 * @param height canvas height
 * @param layers the layers, in file order
 * @param texts the text overlays, in file order
 * @param rows module slots drawn as rows of instances, in file order
 */
public record Presentation(
    int width,
    int height,
    List<VisualLayer> layers,
    List<TextOverlay> texts,
    List<InstanceRow> rows) {

  /** No picture. */
  public static final Presentation NONE = new Presentation(0, 0, List.of(), List.of());

  public Presentation {
    layers = List.copyOf(layers);
    texts = List.copyOf(texts);
    rows = List.copyOf(rows);
  }

  /** A picture without instance rows. */
  public Presentation(int width, int height, List<VisualLayer> layers, List<TextOverlay> texts) {
    this(width, height, layers, texts, List.of());
  }

  /** Whether there is anything to draw. */
  public boolean isEmpty() {
    return layers.isEmpty() && texts.isEmpty() && rows.isEmpty();
  }

  /** The layer shown for {@code attribute = value}, if any. */
  public Optional<VisualLayer> layer(String attribute, String value) {
    return layers.stream()
        .filter(l -> l.attribute().equals(attribute) && l.value().equals(value))
        .findFirst();
  }
}
