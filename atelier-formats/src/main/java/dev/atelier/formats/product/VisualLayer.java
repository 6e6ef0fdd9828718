package dev.atelier.formats.product;

import java.util.Objects;

/**
 * An SVG layer drawn when an attribute has a given value; the visualizer stacks the layers of the
 * current configuration by ascending {@code z}. Immutable and thread-safe.
 *
 * @param attribute the attribute id
 * @param value the value id that shows this layer ({@code "true"} for a boolean attribute)
 * @param asset the SVG asset path, relative to the model's asset folder
 * @param z stacking order; higher is drawn on top
 * @param colour a CSS colour the layer is tinted with ("#1f4e79"), empty for the asset's own
 */
public record VisualLayer(String attribute, String value, String asset, int z, String colour) {

  public VisualLayer {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(colour, "colour");
  }
}
