package dev.atelier.server.printfile;

/**
 * Where the artwork sits in a print area: its box in millimetres from the area's top-left corner
 * (the box of the rotated artwork, as the model's {@code <area>_x/_y/_width/_height} say) and the
 * rotation in degrees, clockwise about the box's centre.
 *
 * @param xMm left edge of the box
 * @param yMm top edge of the box
 * @param widthMm box width, at least 1
 * @param heightMm box height, at least 1
 * @param rotationDeg rotation, 0..359
 */
public record Placement(int xMm, int yMm, int widthMm, int heightMm, int rotationDeg) {

  public Placement {
    if (widthMm < 1 || heightMm < 1 || xMm < 0 || yMm < 0) {
      throw new IllegalArgumentException("box " + xMm + "," + yMm + " " + widthMm + "x" + heightMm);
    }
    if (rotationDeg < 0 || rotationDeg > 359) {
      throw new IllegalArgumentException("rotation " + rotationDeg);
    }
  }
}
