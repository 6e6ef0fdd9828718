package dev.atelier.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonObjectTest {

  @Test
  void writesFieldsInOrderWithEscapesAndNulls() {
    String json =
        new JsonObject()
            .put("n", 3L)
            .put("x", 1.23456)
            .put("nan", Double.NaN)
            .put("absent", (Double) null)
            .put("s", "a\"b\\c\nd")
            .put("ok", true)
            .toString();

    assertThat(json)
        .isEqualTo(
            "{\n  \"n\": 3,\n  \"x\": 1.235,\n  \"nan\": null,\n  \"absent\": null,\n"
                + "  \"s\": \"a\\\"b\\\\c\\nd\",\n  \"ok\": true\n}\n");
  }
}
