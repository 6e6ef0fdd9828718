package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.atelier.engine.model.PlainText;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON request bodies into DTO records strictly (no unknown fields, no type coercion, no
 * duplicate keys, bounded nesting) and turns every reading problem into a 400 {@link Problem}
 * naming the field. Thread-safe: the mapper is configured once and shared.
 */
public final class JsonBodies {

  /** The most characters one JSON number may have. */
  static final int MAX_NUMBER_LENGTH = 40;

  /** The deepest a JSON body may nest. */
  static final int MAX_NESTING = 32;

  private static final ObjectMapper MAPPER = build();

  private JsonBodies() {}

  /** The shared mapper (also used to write responses). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The request's body bytes: those {@link BodyFirst} read already when it did (the common case: no
   * second read through the servlet stream and no copy), else read now. The caller must not change
   * them.
   */
  public static byte[] bytes(Context ctx) {
    return ctx.attribute(BodyFirst.BODY) instanceof byte[] read ? read : ctx.bodyAsBytes();
  }

  /** {@code body} read as {@code type}, or a 400 problem naming the field at fault. */
  public static <T> Outcome<T> read(byte[] body, Class<T> type) {
    if (body.length == 0) {
      return Outcome.rejected(Problem.badRequest("body", "the request needs a JSON body"));
    }
    try {
      Optional<Problem> malformed = malformedText(body);
      if (malformed.isPresent()) {
        return Outcome.rejected(malformed.get());
      }
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        return Outcome.rejected(Problem.badRequest("body", "the body must be a JSON object"));
      }
      return Outcome.ok(value);
    } catch (UnrecognizedPropertyException e) {
      return Outcome.rejected(
          Problem.badRequest(path(e.getPath()), "unknown field '" + e.getPropertyName() + "'"));
    } catch (MismatchedInputException e) {
      String field = path(e.getPath());
      return Outcome.rejected(
          Problem.badRequest(
              field, (field.equals("body") ? "the body" : "'" + field + "'") + mismatch(e)));
    } catch (JsonMappingException e) {
      return Outcome.rejected(Problem.badRequest(path(e.getPath()), firstLine(e)));
    } catch (InputCoercionException e) {
      return Outcome.rejected(
          Problem.badRequest(
              fieldOf(e.getProcessor()), "number out of range: " + firstLine(e))); // no path
    } catch (StreamConstraintsException e) {
      return Outcome.rejected(Problem.badRequest("body", "too deeply nested or too long"));
    } catch (JsonProcessingException e) {
      return Outcome.rejected(
          Problem.of(400, "malformed-json", "The body is not valid JSON", firstLine(e), "body"));
    } catch (IOException e) {
      return Outcome.rejected(Problem.badRequest("body", "cannot read the body"));
    }
  }

  /**
   * A 422 problem naming the first string (value or field name) of {@code body} that is not
   * well-formed Unicode ({@link PlainText#malformed}): refused before any handler sees it, so that
   * nothing is stored, hashed or echoed in a form that cannot be written back.
   */
  private static Optional<Problem> malformedText(byte[] body) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
      return malformedText(parser);
    }
  }

  private static Optional<Problem> malformedText(JsonParser parser) throws IOException {
    try {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          Optional<String> why = PlainText.malformed(parser.getText());
          if (why.isPresent()) {
            String field = printable(pathOf(parser.getParsingContext()));
            return malformed(
                field,
                (t == JsonToken.FIELD_NAME ? "the name of '" : "'")
                    + field
                    + "' holds "
                    + why.get());
          }
        }
      }
    } catch (StreamConstraintsException e) {
      // A number of more digits than allowed or nesting too deep: name where it is (an artwork
      // rotation of 1,000 digits is "artwork.tongue.rotation", not "body"). Array indexes at the
      // end are dropped: 33 nested arrays are the field holding them, or the body at the top.
      String field = printable(pathOf(parser.getParsingContext())).replaceAll("(\\[\\d+])+$", "");
      field = field.isEmpty() ? "body" : field;
      String what =
          e.getMessage() != null && e.getMessage().startsWith("Number")
              ? "is a number of more than " + MAX_NUMBER_LENGTH + " characters"
              : "is nested more than " + MAX_NESTING + " deep";
      return Optional.of(
          Problem.badRequest(
              field, (field.equals("body") ? "the body" : "'" + field + "'") + " " + what));
    } catch (JsonParseException e) {
      // Jackson itself refuses a lone surrogate in a field name: name the object holding it.
      if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("surrogate")) {
        String field = printable(pathOf(parser.getParsingContext()));
        return malformed(
            field, "a field name in '" + field + "' holds malformed Unicode (a lone surrogate)");
      }
      throw e;
    }
    return Optional.empty();
  }

  private static Optional<Problem> malformed(String field, String detail) {
    return Optional.of(Problem.of(422, "malformed-text", "Malformed text", detail, field));
  }

  /** "texts.note", "tags[1]": the place of the current token; "body" for the root. */
  private static String pathOf(JsonStreamContext context) {
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        out.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        out.insert(
            0, (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  /** {@code text} with every lone surrogate and NUL replaced by U+FFFD, safe to write back. */
  private static String printable(String text) {
    return PlainText.replaceMalformed(text, false);
  }

  private static String fieldOf(Object processor) {
    if (processor instanceof JsonParser parser) {
      String path = parser.getParsingContext().pathAsPointer().toString();
      if (!path.isEmpty()) {
        return path.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
      }
    }
    return "body";
  }

  private static String mismatch(MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    if (target == null) {
      return " has the wrong type";
    }
    if (target == String.class) {
      return " must be a string";
    }
    if (target == Integer.class || target == int.class || target == Long.class) {
      return " must be an integer";
    }
    if (target == Boolean.class || target == boolean.class) {
      return " must be true or false";
    }
    if (List.class.isAssignableFrom(target)) {
      return " must be an array";
    }
    return " must be a JSON object";
  }

  /** "design.decisions[2].value" for a Jackson reference path; "body" for the root. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int cut = message.indexOf('\n');
    String line = cut < 0 ? message : message.substring(0, cut);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static ObjectMapper build() {
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
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(65_536)
                .build());
    fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString);
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
