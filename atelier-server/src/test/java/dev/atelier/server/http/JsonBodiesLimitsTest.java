package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number longer than the parser allows, or nesting deeper, is refused with a 400 naming where it
 * is (found attacking the artwork placements: a rotation of 1,000 digits was a 400 naming only
 * {@code body}, "too deeply nested or too long").
 */
class JsonBodiesLimitsTest {

  record Ref(String upload, Integer rotation) {}

  record Body(Map<String, Ref> artwork) {}

  private static Problem refused(String json) {
    return JsonBodyReads.refused(json, Body.class);
  }

  @Test
  void aNumberOfAThousandDigitsIsNamed() {
    Problem p = refused("{\"artwork\":{\"tongue\":{\"rotation\":" + "9".repeat(1000) + "}}}");
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).isEqualTo("artwork.tongue.rotation");
    assertThat(p.detail()).contains("more than 40 characters");
    Problem negative = refused("{\"artwork\":{\"heel\":{\"rotation\":-" + "1".repeat(41) + "}}}");
    assertThat(negative.field()).isEqualTo("artwork.heel.rotation");
  }

  @Test
  void nestingTooDeepIsNamedWhereItIs() {
    Problem p = refused("{\"artwork\":{\"tongue\":" + "[".repeat(40) + "]".repeat(40) + "}}");
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).startsWith("artwork.tongue");
    assertThat(p.detail()).contains("nested more than 32 deep");
  }

  @Test
  void aFieldPathIsBoundedAndEscapedWhereTheCallerWroteIt() {
    Problem unknown = refused("{\"" + "x".repeat(10_000) + "\":1}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.field()).isEqualTo("x".repeat(Echo.MAX) + "…");
    Problem key = refused("{\"artwork\":{\"a\\u001bb\":{\"rotation\":\"x\"}}}");
    assertThat(key.field()).isEqualTo("artwork.a\\u001bb.rotation");
  }

  @Test
  void aNumberJustInsideTheLimitIsReadAsUsual() {
    Body read =
        JsonBodyReads.read(
            "{\"artwork\":{\"tongue\":{\"upload\":\"x\",\"rotation\":90}}}", Body.class);
    assertThat(read.artwork().get("tongue").rotation()).isEqualTo(90);
  }
}
