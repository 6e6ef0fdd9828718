package dev.atelier.server.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a numeric request field (or the numbers of a list or map field) may take, inclusive:
 * named in the 400 a number that cannot be bound gets (11 digits, 1e9, 1.0, a string) and in the
 * OpenAPI document's {@code minimum} and {@code maximum}. The route still checks the value it
 * reads.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NumberRange {

  /** The least value allowed. */
  long min();

  /** The greatest value allowed. */
  long max();
}
