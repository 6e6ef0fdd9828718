package dev.atelier.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the API's problem answers that several tests check alike. */
public final class Problems {

  private Problems() {}

  /**
   * Asserts that {@code answer} is the 422 {@code incomplete-design} problem of an order naming
   * request field {@code field} and the undecided {@code attribute}, its detail starting with
   * {@code detail}.
   */
  public static void assertIncompleteDesign(
      OrderServer.Answer answer, String field, String attribute, String detail) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    JsonNode body = answer.body();
    assertThat(body.get("type").asText()).isEqualTo("/problems/incomplete-design");
    assertThat(body.get("field").asText()).isEqualTo(field);
    assertThat(body.get("attribute").asText()).isEqualTo(attribute);
    assertThat(body.get("detail").asText()).startsWith(detail);
  }
}
