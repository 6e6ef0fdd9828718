package dev.atelier.engine.session;

/**
 * What one valid-domain computation knows of a slot (see {@link Slots}): still open, offered or
 * refused. Kept as bytes, one per slot.
 */
final class SlotStatus {
  static final byte OPEN = 0;
  static final byte OFFERED = 1;
  static final byte REFUSED = 2;

  private SlotStatus() {}
}
