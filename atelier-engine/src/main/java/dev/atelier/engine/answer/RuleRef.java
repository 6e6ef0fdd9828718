package dev.atelier.engine.answer;

/**
 * A rule named in an explanation or a validation result. Immutable and thread-safe.
 *
 * @param id rule id (for the one-value-per-attribute rule: "domain:ATTRIBUTE")
 * @param label the rule's label in the model's default language
 */
public record RuleRef(String id, String label) {}
