package dev.atelier.server.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric fields of request records: whether a field path of a body type holds a number, and
 * the 400 naming it with its allowed range ({@link NumberRange}, else the range of its Java type; a
 * double only with a declared range) when the number cannot be bound. Stateless.
 */
final class NumberFields {

  private NumberFields() {}

  /** Whether {@code type} is one a JSON number binds to. */
  static boolean isNumber(Type type) {
    return isFloating(type)
        || type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class;
  }

  /**
   * The 400 for a number at {@code field} ({@code "quantity"}, {@code "weekly.mon"}) of a body read
   * as {@code root} that cannot be bound, when the field holds numbers; empty otherwise.
   */
  static Optional<Problem> problem(Class<?> root, String field, String what) {
    Type type = root;
    NumberRange range = null;
    for (String segment : field.split("\\.|(?=\\[)")) {
      if (segment.isEmpty()) {
        continue;
      }
      Class<?> raw = raw(type);
      if (segment.startsWith("[") && List.class.isAssignableFrom(raw)) {
        type = argument(type, 0);
      } else if (Map.class.isAssignableFrom(raw)) {
        type = argument(type, 1);
      } else if (raw.isRecord()) {
        Optional<RecordComponent> component = component(raw, segment);
        if (component.isEmpty()) {
          return Optional.empty();
        }
        range = component.get().getAnnotation(NumberRange.class);
        type = component.get().getGenericType();
      } else {
        return Optional.empty();
      }
    }
    if (!isNumber(type) || (isFloating(type) && range == null)) {
      return Optional.empty();
    }
    long min = range != null ? range.min() : minimum(type);
    long max = range != null ? range.max() : maximum(type);
    return Optional.of(
        Problem.badRequest(
            field,
            "'"
                + field
                + "' must be "
                + (isFloating(type) ? "a number" : "an integer")
                + " from "
                + min
                + " to "
                + max
                + what));
  }

  private static boolean isFloating(Type type) {
    return type == Double.class || type == double.class;
  }

  private static Optional<RecordComponent> component(Class<?> record, String name) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private static long minimum(Type type) {
    if (type == Long.class || type == long.class) {
      return Long.MIN_VALUE;
    }
    return type == Short.class || type == short.class ? Short.MIN_VALUE : Integer.MIN_VALUE;
  }

  private static long maximum(Type type) {
    if (type == Long.class || type == long.class) {
      return Long.MAX_VALUE;
    }
    return type == Short.class || type == short.class ? Short.MAX_VALUE : Integer.MAX_VALUE;
  }
}
