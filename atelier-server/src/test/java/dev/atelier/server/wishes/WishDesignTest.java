package dev.atelier.server.wishes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A wish sent from the configurator ("Can't find what you want?") carries the design being made:
 * anonymously with the design session, on H2 and PostgreSQL, the department's inbox shows the wish
 * with its decisions; decisions on attributes the version does not have are refused.
 */
class WishDesignTest {

  private static String wish(String decisions) {
    return "{\"session\":\"wish-design-1\",\"product\":\"bicycle\",\"version\":\"2025.1\","
        + "\"attribute\":\"frame\",\"text\":\"British racing green\",\"decisions\":"
        + decisions
        + "}";
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theInboxShowsTheWishWithTheDesignItWasMadeOn(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      TestServer.Answer created =
          server.post(
              "/api/wishes",
              wish(
                  "[{\"attribute\":\"frame\",\"value\":\"steel\"},"
                      + "{\"attribute\":\"gears\",\"value\":\"8\"}]"));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      String department = created.body().get("department").asText();
      TestServer.Answer inbox =
          server.get(
              "/api/departments/" + department + "/inbox",
              TestServer.ROLE_HEADER,
              "PRODUCT_MANAGER");
      assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);
      JsonNode shown = inbox.body().get("wishes").get(0);
      assertThat(shown.get("text").asText()).isEqualTo("British racing green");
      assertThat(shown.get("attribute").asText()).isEqualTo("frame");
      assertThat(shown.get("decisions").findValuesAsText("value")).containsExactly("steel", "8");

      TestServer.Answer bad =
          server.post("/api/wishes", wish("[{\"attribute\":\"wings\",\"value\":\"two\"}]"));
      assertThat(bad.status()).as(bad.text()).isEqualTo(422);
      assertThat(bad.body().get("field").asText()).isEqualTo("decisions");
      TestServer.Answer without =
          server.post("/api/wishes", wish("null").replace(",\"decisions\":null", ""));
      assertThat(without.status()).isEqualTo(201);
    }
  }
}
