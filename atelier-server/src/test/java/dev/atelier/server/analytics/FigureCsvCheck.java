package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;

/** Checks that a figure's CSV export holds the same numbers as its JSON. */
final class FigureCsvCheck {
  private FigureCsvCheck() {}

  static void sameNumbers(String figure, JsonNode json, String csv) {
    List<List<String>> rows = CsvParser.parse(csv);
    List<List<String>> expected = new ArrayList<>();
    switch (figure) {
      case "demand" ->
          json.get("attributes")
              .forEach(
                  a ->
                      a.get("values")
                          .forEach(
                              v ->
                                  expected.add(
                                      cells(
                                          a.get("attribute"),
                                          v.get("value"),
                                          v.get("decisions"),
                                          v.get("decisionShare"),
                                          v.get("orders"),
                                          v.get("orderShare")))));
      case "rules" ->
          json.get("rules")
              .forEach(
                  r ->
                      expected.add(
                          cells(
                              r.get("rule"),
                              r.get("label"),
                              r.get("department"),
                              r.get("refusals"))));
      case "repairs" ->
          json.get("values")
              .forEach(
                  r ->
                      expected.add(
                          cells(
                              r.get("attribute"),
                              r.get("value"),
                              r.get("shown"),
                              r.get("accepted"),
                              r.get("rejected"))));
      case "funnel" -> {
        for (String stage : List.of("started", "decided", "completed", "ordered", "abandoned")) {
          expected.add(List.of(stage, json.get(stage).asText()));
        }
      }
      case "wishes" ->
          json.get("departments")
              .forEach(d -> expected.add(cells(d.get("department"), d.get("wishes"))));
      case "heterogeneity" ->
          json.get("attributes")
              .forEach(
                  a ->
                      expected.add(
                          cells(
                              a.get("attribute"),
                              a.get("decisions"),
                              a.get("distinctValues"),
                              a.get("domainSize"),
                              a.get("entropyBits"),
                              a.get("normalised"))));
      case "suggestions" -> {
        json.get("add")
            .forEach(
                s ->
                    expected.add(
                        cells(
                            TestServer.JSON.getNodeFactory().textNode("add"),
                            s.get("attribute"),
                            s.get("what"),
                            s.get("reason"),
                            s.get("count"))));
        json.get("prune")
            .forEach(
                s ->
                    expected.add(
                        List.of(
                            "prune",
                            s.get("attribute").asText(),
                            s.get("value").asText(),
                            "never chosen",
                            "0")));
      }
      default -> throw new IllegalArgumentException(figure);
    }
    assertThat(rows.subList(1, rows.size())).as(figure).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      List<String> want = expected.get(i);
      List<String> got = rows.get(i + 1);
      assertThat(got).as(figure + " row " + i).hasSameSizeAs(want);
      for (int c = 0; c < want.size(); c++) {
        if (want.get(c).matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
          assertThat(Double.parseDouble(got.get(c)))
              .as(figure + " row " + i + " column " + c)
              .isEqualTo(Double.parseDouble(want.get(c)));
        } else {
          assertThat(got.get(c)).as(figure + " row " + i + " column " + c).isEqualTo(want.get(c));
        }
      }
    }
  }

  private static List<String> cells(JsonNode... nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      out.add(n == null || n.isNull() ? "" : n.asText());
    }
    return out;
  }
}
