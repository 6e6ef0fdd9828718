package dev.atelier.engine.answer;

/**
 * One line of a price breakdown. Immutable and thread-safe.
 *
 * @param kind "base", "value" or "component"
 * @param reference what is priced: "", "attribute=value" or the component's part number
 * @param label human-readable description
 * @param amount amount in minor units
 */
public record PriceLine(String kind, String reference, String label, long amount) {}
