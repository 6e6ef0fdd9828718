package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/api.md} lists exactly the routes the server registers, with who may call them and
 * their success statuses as the OpenAPI document (generated from the route table) says. With {@code
 * -Datelier.updateDocs=true} it rewrites the table instead, keeping each route's hand-written
 * answer and using the route's summary for new ones.
 */
class ApiDocTest {

  private static final Path DOC = Path.of("..", "docs", "api.md");
  private static final String BEGIN = "<!-- routes:begin -->";
  private static final String END = "<!-- routes:end -->";
  private static final String HEADER = "| route | who | success | answer |\n|---|---|---|---|\n";
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z]+ [^`]+)` \\| ([^|]+) \\| ([^|]+) \\| (.*) \\|$");

  /** One documented route: who may call it, its success statuses, and what it answers. */
  record Row(String who, String success, String answer) {}

  @Test
  void documentsExactlyTheRegisteredRoutes() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("docs/api.md has the route table markers").isPositive();
    assertThat(end).isGreaterThan(begin);
    Map<String, Row> inDoc = parse(doc.substring(begin + BEGIN.length(), end));
    Map<String, Row> expected = fromOpenApi(inDoc);
    if (Boolean.getBoolean("atelier.updateDocs")) {
      StringBuilder table = new StringBuilder(HEADER);
      expected.forEach(
          (route, row) ->
              table.append(
                  String.format(
                      "| `%s` | %s | %s | %s |%n", route, row.who(), row.success(), row.answer())));
      String updated = doc.substring(0, begin + BEGIN.length()) + "\n" + table + doc.substring(end);
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
      inDoc = parse(table.toString());
    }
    Map<String, Row> documented = inDoc;
    assertThat(documented.keySet())
        .as("routes in docs/api.md (regenerate with -Datelier.updateDocs=true)")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (route, row) -> {
          assertThat(documented.get(route).who()).as("who may call " + route).isEqualTo(row.who());
          assertThat(documented.get(route).success())
              .as("success statuses of " + route)
              .isEqualTo(row.success());
        });
  }

  private static Map<String, Row> parse(String table) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : table.split("\n")) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        rows.put(m.group(1), new Row(m.group(2).strip(), m.group(3).strip(), m.group(4).strip()));
      }
    }
    return rows;
  }

  private static Map<String, Row> fromOpenApi(Map<String, Row> documented) {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (TestServer server = new TestServer()) {
      JsonNode paths = server.get(AtelierApi.OPENAPI_PATH).body().get("paths");
      paths
          .properties()
          .forEach(
              path ->
                  path.getValue()
                      .properties()
                      .forEach(
                          op -> {
                            String route =
                                op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                            Row old = documented.get(route);
                            String answer =
                                old != null ? old.answer() : op.getValue().get("summary").asText();
                            rows.put(
                                route, new Row(who(op.getValue()), success(op.getValue()), answer));
                          }));
    }
    return rows;
  }

  private static String who(JsonNode operation) {
    JsonNode access = operation.get("x-atelier-access");
    if (access == null) {
      return "anyone";
    }
    return access.asText().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String success(JsonNode operation) {
    List<String> statuses = new ArrayList<>();
    operation.get("responses").fieldNames().forEachRemaining(statuses::add);
    return String.join(", ", statuses.stream().filter(s -> s.startsWith("2")).sorted().toList());
  }
}
