package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON request bodies into DTO records strictly (no unknown fields, no type coercion, no
 * duplicate keys, bounded nesting) and turns every reading problem into a 400 {@link Problem}
 * naming the field; the text is scanned first ({@link JsonTextScan}), then bound by the strict
 * mapper ({@link StrictJson}); a body that is not UTF-8 is refused before ({@link Utf8Body}).
 * Thread-safe: the mapper is configured once and shared.
 */
public final class JsonBodies {

  /** The most characters one JSON number may have. */
  static final int MAX_NUMBER_LENGTH = 40;

  /** The deepest a JSON body may nest. */
  static final int MAX_NESTING = 32;

  private static final ObjectMapper MAPPER = StrictJson.mapper(MAX_NESTING, MAX_NUMBER_LENGTH);

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
    Optional<Problem> notUtf8 = Utf8Body.problem(body);
    if (notUtf8.isPresent()) {
      return Outcome.rejected(notUtf8.get());
    }
    try {
      Optional<Problem> malformed = JsonTextScan.problem(MAPPER, body, type);
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
          Problem.badRequest(
              path(e.getPath()), "unknown field '" + Echo.of(e.getPropertyName()) + "'"));
    } catch (MismatchedInputException e) {
      String field = path(e.getPath());
      return Outcome.rejected(
          NumberFields.problem(type, field, "")
              .orElseGet(
                  () ->
                      Problem.badRequest(
                          field,
                          (field.equals("body") ? "the body" : "'" + field + "'") + mismatch(e))));
    } catch (JsonMappingException e) {
      String field = path(e.getPath()); // an int of 11 digits is "out of range of int" here
      return Outcome.rejected(
          NumberFields.problem(type, field, "")
              .orElseGet(() -> Problem.badRequest(field, firstLine(e))));
    } catch (InputCoercionException e) {
      String field = fieldOf(e.getProcessor()); // the exception has no path
      return Outcome.rejected(
          NumberFields.problem(type, field, "")
              .orElseGet(() -> Problem.badRequest(field, "'" + field + "' is out of range")));
    } catch (StreamConstraintsException e) {
      return Outcome.rejected(Problem.badRequest("body", "too deeply nested or too long"));
    } catch (JsonProcessingException e) {
      return Outcome.rejected(
          Problem.of(400, "malformed-json", "The body is not valid JSON", firstLine(e), "body"));
    } catch (IOException e) {
      return Outcome.rejected(Problem.badRequest("body", "cannot read the body"));
    }
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
    if (target == Double.class || target == double.class) {
      return " must be a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return " must be true or false";
    }
    if (List.class.isAssignableFrom(target)) {
      return " must be an array";
    }
    return " must be a JSON object";
  }

  /**
   * "design.decisions[2].value" for a Jackson reference path; "body" for the root. Bounded and
   * escaped as {@link Echo} does, since a map key or an unknown field's name is the caller's text.
   */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "body" : Echo.of(out);
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int cut = message.indexOf('\n');
    String line = cut < 0 ? message : message.substring(0, cut);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
