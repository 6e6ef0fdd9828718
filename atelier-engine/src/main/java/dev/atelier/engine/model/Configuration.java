package dev.atelier.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An assignment of value ids to attributes; attributes absent from the map are unset. It may be
 * partial or invalid: {@link Evaluator} and the session's validation tell. Immutable and
 * thread-safe.
 *
 * @param values attribute id to value id
 */
public record Configuration(Map<String, String> values) {

  public Configuration {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of {@code attribute}, empty when unset. */
  public Optional<String> get(String attribute) {
    return Optional.ofNullable(values.get(attribute));
  }

  /** A copy with {@code attribute} set to {@code value}. */
  public Configuration with(String attribute, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(attribute, value);
    return new Configuration(copy);
  }
}
