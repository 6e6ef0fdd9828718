package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The strict Jackson mapper request bodies are bound with: no unknown fields, no trailing tokens,
 * no duplicate keys, no coercion between strings, numbers and booleans, bounded nesting, numbers
 * and strings. Stateless.
 */
final class StrictJson {

  private StrictJson() {}

  /** A new strict mapper, nesting at most {@code maxNesting} deep. */
  static ObjectMapper mapper(int maxNesting, int maxNumberLength) {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxNesting)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(65_536)
                .build());
    fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString);
    // A string such as "5" bound to a double (a placed text's x) was read as 5.
    fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString);
    fail(mapper, LogicalType.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString);
    return mapper;
  }

  private static void fail(JsonMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
