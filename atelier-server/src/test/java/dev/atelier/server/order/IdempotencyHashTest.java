package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request hash is exact: no two different requests share it (issue 13, item 2). */
class IdempotencyHashTest {

  @Test
  void aQuestionMarkAndALoneSurrogateHashApart() {
    String plain = IdempotencyKey.hash("POST /api/orders", Map.of("note", "a?b"));
    String lone = IdempotencyKey.hash("POST /api/orders", Map.of("note", "a\uDFFFb"));
    String escapedText = IdempotencyKey.hash("POST /api/orders", Map.of("note", "a\\udfffb"));
    assertThat(plain).isNotEqualTo(lone).isNotEqualTo(escapedText);
    assertThat(lone).isNotEqualTo(escapedText);
    assertThat(IdempotencyKey.hash("POST /api/orders", Map.of("note", "a?b"))).isEqualTo(plain);
  }
}
