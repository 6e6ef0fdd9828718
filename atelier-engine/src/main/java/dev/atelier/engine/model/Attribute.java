package dev.atelier.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A choice the customer makes. Every attribute has a finite list of value ids; a complete
 * configuration gives each non-optional attribute exactly one of them, and each optional attribute
 * one of them or none ("unset"). Implementations are immutable records and thread-safe.
 */
public sealed interface Attribute
    permits EnumAttribute, BooleanAttribute, IntegerAttribute, TextAttribute {

  /** Stable identifier used in rules and decisions. */
  String id();

  /** What the customer reads. */
  LocalizedText label();

  /** Whether a complete configuration may leave this attribute unset. */
  boolean optional();

  /** The attribute's value ids, in presentation order. */
  List<String> valueIds();

  /** The price added when {@code valueId} is selected, in minor units. */
  long priceOf(String valueId);

  /** A readable label of {@code valueId}. */
  String valueLabel(String valueId, String language);

  /**
   * The canonical id of the value {@code valueId} names ({@code "60"} for an integer sent as {@code
   * "0060"} or {@code "+60"}), or empty when it names none of this attribute's values. Values are
   * stored and compared in this form only.
   */
  default Optional<String> canonical(String valueId) {
    return valueId != null && valueIds().contains(valueId)
        ? Optional.of(valueId)
        : Optional.empty();
  }
}
