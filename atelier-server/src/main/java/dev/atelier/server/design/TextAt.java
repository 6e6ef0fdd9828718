package dev.atelier.server.design;

/**
 * Where the shopper placed a print area's personalization text: the centre of the text block in
 * millimetres from the area's top-left corner (y down), as on the design surface. The print file
 * draws the text centred there. Immutable and thread-safe.
 *
 * @param x millimetres from the area's left edge
 * @param y millimetres from the area's top edge
 */
public record TextAt(double x, double y) {}
