package dev.atelier.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.1 document of a route table: one operation per route, request and response
 * schemas generated from the DTO records (components marked {@link Nullable} are optional), and the
 * problem responses. Stateless and thread-safe.
 */
public final class OpenApiDocument {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  /**
   * Problem statuses every route can answer (400: a query parameter or header given twice, {@link
   * RepeatedInputs}).
   */
  private static final List<Integer> GENERIC = List.of(400, 500, 503);

  /** Problem statuses every route with a body can answer. */
  private static final List<Integer> WITH_BODY = List.of(400, 413, 415);

  private OpenApiDocument() {}

  /** The document for {@code routes}. */
  public static JsonNode build(String title, String version, List<Route> routes) {
    return build(title, version, routes, List.of());
  }

  /** The document for {@code routes}, each listing the optional {@code headers} it reads. */
  public static JsonNode build(
      String title, String version, List<Route> routes, List<HeaderParameter> headers) {
    ObjectNode doc = JSON.objectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info").put("title", title).put("version", version);
    ObjectNode schemas = JSON.objectNode();
    schema(Problem.class, schemas);
    ObjectNode paths = doc.putObject("paths");
    for (Route route : routes) {
      ObjectNode item =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, headers, schemas));
    }
    doc.putObject("components").set("schemas", schemas);
    return doc;
  }

  private static ObjectNode operation(
      Route route, List<HeaderParameter> headers, ObjectNode schemas) {
    ObjectNode op = JSON.objectNode();
    op.put("operationId", route.operationId());
    op.put("summary", route.summary());
    Matcher m = PATH_PARAM.matcher(route.path());
    ArrayNode parameters = JSON.arrayNode();
    while (m.find()) {
      ObjectNode p = parameters.addObject();
      p.put("name", m.group(1)).put("in", "path").put("required", true);
      p.putObject("schema").put("type", "string");
    }
    for (HeaderParameter h : headers) {
      if (h.appliesTo(route)) {
        ObjectNode p = parameters.addObject();
        p.put("name", h.name()).put("in", "header").put("required", h.required());
        p.put("description", h.description());
        p.putObject("schema").put("type", "string").put("pattern", h.pattern());
      }
    }
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }
    TreeSet<Integer> problems = new TreeSet<>(route.problems());
    problems.addAll(GENERIC);
    if (route.access() != Access.PUBLIC) {
      op.put("x-atelier-access", route.access().name());
      problems.add(401);
      problems.add(403);
    }
    if (route.request() != null) {
      ObjectNode body = op.putObject("requestBody").put("required", true);
      body.putObject("content")
          .putObject(route.readsYaml() ? "application/yaml" : "application/json")
          .set("schema", schema(route.request(), schemas));
      problems.addAll(WITH_BODY);
    }
    ObjectNode responses = op.putObject("responses");
    for (int status : new TreeSet<>(route.success())) {
      ObjectNode ok =
          responses.putObject(String.valueOf(status)).put("description", reason(status));
      if (route.response() == FileBody.class) {
        ok.putObject("content")
            .putObject("application/octet-stream")
            .putObject("schema")
            .put("type", "string")
            .put("format", "binary");
      } else if (route.response() == CsvBody.class) {
        ok.putObject("content")
            .putObject(CsvBody.MEDIA_TYPE.split(";")[0])
            .putObject("schema")
            .put("type", "string");
      } else {
        ok.putObject("content")
            .putObject("application/json")
            .set("schema", schema(route.response(), schemas));
      }
    }
    for (int status : problems) {
      ObjectNode r = responses.putObject(String.valueOf(status)).put("description", "problem");
      r.putObject("content").putObject(Problem.MEDIA_TYPE).set("schema", ref(Problem.class));
    }
    return op;
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      default -> "Success";
    };
  }

  private static ObjectNode ref(Class<?> type) {
    return JSON.objectNode().put("$ref", "#/components/schemas/" + type.getSimpleName());
  }

  /** The schema of {@code type}, adding record schemas to {@code schemas}. */
  static ObjectNode schema(Type type, ObjectNode schemas) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        ObjectNode s = JSON.objectNode().put("type", "array");
        s.set("items", schema(args[0], schemas));
        return s;
      }
      if (java.util.Map.class.isAssignableFrom(raw)) {
        ObjectNode s = JSON.objectNode().put("type", "object");
        s.set("additionalProperties", schema(args[1], schemas));
        return s;
      }
      return JSON.objectNode();
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class || c.isEnum()) {
      return JSON.objectNode().put("type", "string");
    }
    if (c == int.class || c == Integer.class) {
      return JSON.objectNode().put("type", "integer").put("format", "int32");
    }
    if (c == long.class || c == Long.class) {
      return JSON.objectNode().put("type", "integer").put("format", "int64");
    }
    if (c == BigDecimal.class) {
      return JSON.objectNode().put("type", "number");
    }
    if (c == double.class || c == Double.class) {
      return JSON.objectNode().put("type", "number").put("format", "double");
    }
    if (c == boolean.class || c == Boolean.class) {
      return JSON.objectNode().put("type", "boolean");
    }
    if (!c.isRecord()) {
      return JSON.objectNode(); // any JSON value
    }
    if (!schemas.has(c.getSimpleName())) {
      ObjectNode s = schemas.putObject(c.getSimpleName()).put("type", "object");
      s.put("additionalProperties", false);
      ObjectNode properties = s.putObject("properties");
      ArrayNode required = JSON.arrayNode();
      for (RecordComponent rc : c.getRecordComponents()) {
        ObjectNode property = schema(rc.getGenericType(), schemas);
        NumberRange range = rc.getAnnotation(NumberRange.class);
        if (range != null) {
          bounded(property, range);
        }
        if (rc.isAnnotationPresent(Nullable.class)) {
          ObjectNode nullable = JSON.objectNode();
          nullable.putArray("anyOf").add(property).addObject().put("type", "null");
          property = nullable;
        } else {
          required.add(rc.getName());
        }
        properties.set(rc.getName(), property);
      }
      s.set("required", required);
    }
    return ref(c);
  }

  /** {@code range} set on the numbers {@code schema} describes (itself, its items or values). */
  private static void bounded(ObjectNode schema, NumberRange range) {
    String type = schema.path("type").asText();
    if (type.equals("integer") || type.equals("number")) {
      schema.put("minimum", range.min()).put("maximum", range.max());
    } else if (schema.get("items") instanceof ObjectNode items) {
      bounded(items, range);
    } else if (schema.get("additionalProperties") instanceof ObjectNode values) {
      bounded(values, range);
    }
  }
}
