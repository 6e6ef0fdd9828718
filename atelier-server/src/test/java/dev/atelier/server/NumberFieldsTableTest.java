package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.testing.TestServer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every numeric field of every route's request body, found by walking the request records: each
 * declares its range ({@link NumberRange}), and a number that cannot be bound there (11 or 20
 * digits, 1,000 digits, 1e9, 1.0, a string) is a 400 naming the field and that range in our words,
 * never Jackson's. Slow: the route table is built on a database.
 */
@Tag("slow")
class NumberFieldsTableTest {

  /** A numeric field: its Java type and declared range (null when it declares none). */
  record Leaf(Class<?> type, NumberRange range) {}

  private static final List<String> INT_BAD =
      List.of("12345678901", "-12345678901", "9".repeat(1000), "1e9", "1.0", "\"5\"", "true");

  private static final List<String> LONG_BAD =
      List.of("99999999999999999999", "9".repeat(1000), "1e9", "1.0", "\"5\"", "true");

  @Test
  void everyNumericRequestFieldNamesItselfAndItsRange() {
    Map<String, Leaf> leaves = new TreeMap<>();
    Map<String, Class<?>> typeOf = new TreeMap<>();
    try (Database db = Database.inMemory()) {
      for (Route r :
          AtelierApi.routes(ApiWiring.of(TestServer.CATALOGUE, db, ServerOptions.defaults(0)))) {
        if (r.request() != null && !r.readsYaml()) {
          Map<String, Leaf> found = new TreeMap<>();
          collect(r.request(), "", null, found, 0);
          found.forEach(
              (path, leaf) -> {
                leaves.put(r.request().getSimpleName() + " " + path, leaf);
                typeOf.put(r.request().getSimpleName() + " " + path, r.request());
              });
        }
      }
    }
    assertThat(leaves.keySet())
        .as("numeric request fields")
        .contains("OrderRequest quantity", "ReorderRequest quantity", "CapacityRequest minutes");
    SoftAssertions soft = new SoftAssertions();
    List<String> cases = new ArrayList<>();
    leaves.forEach(
        (key, leaf) -> {
          soft.assertThat(leaf.range()).as(key + " declares its range").isNotNull();
          if (leaf.range() == null) {
            return;
          }
          String path = key.substring(key.indexOf(' ') + 1);
          String range = "from " + leaf.range().min() + " to " + leaf.range().max();
          boolean isLong = leaf.type() == Long.class || leaf.type() == long.class;
          for (String bad : isLong ? LONG_BAD : INT_BAD) {
            Outcome<?> read = JsonBodies.read(body(path, bad), typeOf.get(key));
            String what = key + " = " + (bad.length() > 20 ? bad.length() + " digits" : bad);
            cases.add(what);
            soft.assertThat(read).as(what).isInstanceOf(Outcome.Rejected.class);
            if (read instanceof Outcome.Rejected<?> rejected) {
              Problem p = rejected.problem();
              soft.assertThat(p.status()).as(what).isEqualTo(400);
              soft.assertThat(p.field()).as(what).isEqualTo(path);
              soft.assertThat(p.detail()).as(what).contains("'" + path + "'", range);
            }
          }
        });
    soft.assertAll();
    assertThat(cases).hasSizeGreaterThan(50);
  }

  /**
   * {@code value} at {@code path} ({@code "artwork.x.rotation"}, {@code "preferences[0].weight"}).
   */
  private static byte[] body(String path, String value) {
    String json = value;
    String[] segments = path.split("\\.|(?=\\[)");
    for (int i = segments.length - 1; i >= 0; i--) {
      json =
          segments[i].startsWith("[") ? "[" + json + "]" : "{\"" + segments[i] + "\":" + json + "}";
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static void collect(
      Type type, String path, NumberRange range, Map<String, Leaf> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        collect(args[0], path + "[0]", range, out, depth + 1);
      } else if (Map.class.isAssignableFrom(raw)) {
        collect(args[1], path + ".k", range, out, depth + 1);
      }
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      out.put(path, new Leaf(c, range));
    } else if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        collect(
            rc.getGenericType(),
            path.isEmpty() ? rc.getName() : path + "." + rc.getName(),
            rc.getAnnotation(NumberRange.class),
            out,
            depth + 1);
      }
    }
  }
}
